// Progressive enhancement only: every page reads and works without this file, except the Teams sign-in itself.
(function () {
  "use strict";
  var teams = window.microsoftTeams;
  function withTimeout(promise, ms) {
    return Promise.race([promise, new Promise(function (_, reject) { setTimeout(function () { reject(new Error("timeout")); }, ms); })]);
  }
  var initialized = teams ? withTimeout(teams.app.initialize(), 5000) : Promise.reject(new Error("geen TeamsJS"));
  initialized.catch(function () { /* outside Teams: the pages still work */ });

  // The channel tab's configuration page: preselect the team's stuurgroep and save a URL filtered to it.
  var config = document.getElementById("configuratie");
  if (config) {
    var select = document.getElementById("stuurgroep");
    initialized.then(function () {
      teams.app.getContext().then(function (context) {
        var groupId = context.team && context.team.groupId;
        Array.prototype.forEach.call(select.options, function (option) {
          if (groupId && option.dataset.team === groupId) { select.value = option.value; }
        });
      });
      teams.pages.config.registerOnSaveHandler(function (save) {
        var page = "/tab/besluiten?stuurgroep=" + encodeURIComponent(select.value);
        teams.pages.config.setConfig({
          entityId: "besluiten-" + select.value,
          suggestedDisplayName: "Besluiten",
          contentUrl: config.dataset.domein + "/tab/aanmelden?terug=" + encodeURIComponent(page),
          websiteUrl: config.dataset.domein + page
        }).then(function () { save.notifySuccess(); }, function (e) { save.notifyFailure(String(e)); });
      });
      teams.pages.config.setValidityState(select.options.length > 0);
    }).catch(function () { /* outside Teams there is nothing to save */ });
    return;
  }

  var signIn = document.getElementById("aanmelden");
  if (!signIn) {
    return;
  }

  var status = document.getElementById("status");
  initialized
    .then(function () { return teams.authentication.getAuthToken(); })
    .then(function (token) {
      return fetch("/tab/sessie", { method: "POST", headers: { Authorization: "Bearer " + token }, credentials: "same-origin" });
    })
    .then(function (response) {
      if (response.ok) {
        window.location.replace(signIn.dataset.terug);
        return null;
      }
      return response.text().then(function (text) { status.textContent = text; });
    })
    .catch(function () {
      status.textContent = "Aanmelden via Teams lukte niet. Open CoopBot in Microsoft Teams.";
    });
})();
