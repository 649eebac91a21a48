#!/usr/bin/env bash
# Runs CoopBot locally on demo data: Azurite (table + queue), the bot in Development (anonymous, loopback only)
# and the Microsoft 365 Agents Playground. Ctrl-C stops everything.
source "$(dirname "$0")/lib.sh"
BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
# The browser user: a stuurgroep member by default, so you can vote at once. user-id-0 is the chair (An Peeters).
PLAYGROUND_USER="${PLAYGROUND_USER:-user-id-1}"
DATA_DIR="$REPO_ROOT/.artifacts/azurite"

ensure_node_tools
mkdir -p "$DATA_DIR" .artifacts
# Keep the previous run's logs next to this run's (coopbot.previous.log, …).
for log in coopbot playground azurite; do
  if [ -f ".artifacts/$log.log" ]; then mv -f ".artifacts/$log.log" ".artifacts/$log.previous.log"; fi
done
pids=()
cleanup() { trap - INT TERM EXIT; for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup INT TERM EXIT

echo "Azurite starten…"
node node_modules/azurite/dist/src/azurite.js --location "$DATA_DIR" --skipApiVersionCheck --tableHost 127.0.0.1 --tablePort 10002 \
  --queueHost 127.0.0.1 --queuePort 10001 --blobHost 127.0.0.1 --blobPort 10000 --disableTelemetry --silent \
  >.artifacts/azurite.log 2>&1 &
pids+=($!)
wait_for_http "http://127.0.0.1:10002/devstoreaccount1/Tables" 60

echo "CoopBot bouwen en starten op http://127.0.0.1:${BOT_PORT}…"
dotnet build src/CoopBot -c Debug --nologo -v quiet >.artifacts/build.log 2>&1 || { cat .artifacts/build.log; exit 1; }
# Registry__DemoPoll: when the Playground page opens the channel "Besluiten", CoopBot posts the demo poll there (created
# once, as the voorzitter; see src/CoopBot/Decisions/DemoPoll.cs). The page only draws what arrives while it is open.
# Decisions__SingleViewerCards: the Playground has no per-user card view, so card updates show the view of whoever
# acted last (your own choice, and the chair's buttons for the chair), as Teams shows each person.
ASPNETCORE_ENVIRONMENT=Development MicrosoftAppId="" Registry__DemoPoll=true Decisions__SingleViewerCards=true \
  dotnet run --no-build --project src/CoopBot --urls "http://127.0.0.1:${BOT_PORT}" >.artifacts/coopbot.log 2>&1 &
pids+=($!)
wait_for_http "http://127.0.0.1:${BOT_PORT}/healthz" 120

echo "Agents Playground starten…"
# The playground reads .m365agentsplayground.yml from its working folder: give it a copy with the chosen browser user.
mkdir -p .artifacts/playground
node scripts/playground-as.js "$PLAYGROUND_USER" .m365agentsplayground.yml .artifacts/playground/.m365agentsplayground.yml \
  src/CoopBot/Registry/DemoData/demo-registry.json
(cd .artifacts/playground && TEAMSAPPTESTER_BROWSER=none \
  exec node "$REPO_ROOT/node_modules/@microsoft/m365agentsplayground/cli.js" -e "http://127.0.0.1:${BOT_PORT}/api/messages" \
  -c msteams -p "$PLAYGROUND_PORT" --disable-telemetry) >.artifacts/playground.log 2>&1 &
pids+=($!)
wait_for_http "http://localhost:${PLAYGROUND_PORT}/_internal/v1/config" 60

user_name=$(curl -s "http://localhost:${PLAYGROUND_PORT}/_internal/v1/config" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).config.currentUser.name))')

cat <<MSG

CoopBot draait.  Open:  http://localhost:${PLAYGROUND_PORT}     (je bent ${user_name})

  1. Klik links onder "Teams Channel" op het kanaal "Besluiten": de demostemming verschijnt daar.
  2. Stem op de demostemming en wijzig je stem gerust; de kaart telt mee.
  3. Typ "help" in de persoonlijke chat voor alle opdrachten.
  Voorzitter zijn (stemmingen starten en sluiten):  PLAYGROUND_USER=user-id-0 bash scripts/run-local.sh

Teams-tab (de Playground toont geen tabs):  http://localhost:${BOT_PORT}/tab/dev/aanmelden
  Kies een persoon uit het demoregister (alleen in Development, op deze computer).

Logs: .artifacts/coopbot.log, .artifacts/playground.log, .artifacts/azurite.log (vorige run: *.previous.log).  Stoppen: Ctrl-C.
MSG
wait -n "${pids[@]}"
