// Progressive enhancement only: every page reads and works without this file, except the Teams sign-in itself.
(function () {
  "use strict";
  var teams = window.microsoftTeams;
  function withTimeout(promise, ms) {
    return Promise.race([promise, new Promise(function (_, reject) { setTimeout(function () { reject(new Error("timeout")); }, ms); })]);
  }
  var initialized = teams ? withTimeout(teams.app.initialize(), 5000) : Promise.reject(new Error("geen TeamsJS"));
  initialized.catch(function () { /* outside Teams: the pages still work */ });

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
