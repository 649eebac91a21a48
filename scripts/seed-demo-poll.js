// Posts a demo poll in the demo stuurgroep's channel through the Agents Playground, the way the chair would:
// "@CoopBot stemming" in the channel, then the form submitted. A newcomer then finds a poll to vote on.
// Usage: node scripts/seed-demo-poll.js <playground-base-url> <chair-user-id>
"use strict";
const [base, chair] = process.argv.slice(2);
const channel = "19:basisinfrastructuur-besluiten@thread.tacv2";

async function post(path, body) {
  const response = await fetch(new URL(path, base), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path} → ${response.status}: ${text}`);
  return text ? JSON.parse(text) : {};
}

(async () => {
  const config = (await (await fetch(new URL("/_internal/v1/config", base))).json()).config;
  const mention = `<at>${config.bot.name}</at>`;
  const message = await post(`/_conversation/v1/conversations/${encodeURIComponent(channel)}/messages`, {
    type: "text", textFormat: "plain", text: `${mention} stemming`, from: { id: chair },
    mentions: [{ mentioned: { id: config.bot.id, name: config.bot.name }, text: mention }],
  });
  const closes = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const result = await post("/_conversation/v1/invoke", {
    name: "adaptiveCard/action",
    value: {
      action: {
        type: "Action.Execute", verb: "decisions.create",
        data: {
          form: "stemming", steeringGroupId: "basisinfrastructuur",
          title: "Welke zoekmachine kiezen we voor de bibliotheekwebsites vanaf 2027?",
          options: "Huidige leverancier verlengen\nNieuwe aanbesteding\nEerst een proefproject",
          closesDate: closes, closesTime: "17:00",
        },
      },
      trigger: "manual",
    },
    from: { id: chair }, conversation: { id: message.postConversationId }, replyToId: message.messageId,
  });
  if (!JSON.stringify(result).includes("gestart")) throw new Error(`Onverwacht antwoord: ${JSON.stringify(result)}`);
})().catch((e) => { console.error(`Demostemming niet aangemaakt: ${e.message}`); process.exit(1); });
