// Search over every code of every provider, in the page: the index is search-index.js, loaded
// before this script. Ranked as `cloud-errors search` ranks: a code equal to the query, then codes
// holding every word (more at the start of a dotted part), then descriptions holding them.
(function () {
  "use strict";
  var index = window.CLOUD_ERRORS_INDEX;
  var box = document.getElementById("search");
  var list = document.getElementById("results");
  var count = document.getElementById("count");
  if (!index || !box) return;
  var SHOWN = 50;
  var codes = index.codes;
  var lowerCodes = new Array(codes.length);
  var lowerText = new Array(codes.length);
  // Codes are matched without "_", as gRPC's are written by Go and Rust (ResourceExhausted).
  var foldedCodes = new Array(codes.length);
  for (var i = 0; i < codes.length; i++) {
    lowerCodes[i] = codes[i][0].toLowerCase();
    foldedCodes[i] = lowerCodes[i].replace(/_/g, "");
    lowerText[i] = codes[i][4].toLowerCase();
  }

  function score(i, words, joined, whole) {
    var code = foldedCodes[i];
    var total = lowerCodes[i] === joined ? 1000 : code === whole ? 900 : 0;
    for (var w = 0; w < words.length; w++) {
      var at = code.indexOf(words[w]);
      if (at === 0) total += 30;
      else if (at > 0) total += code.charCodeAt(at - 1) === 46 ? 25 : 15;
      else if (lowerText[i].indexOf(words[w]) >= 0) total += 3;
      else return 0;
    }
    return total;
  }

  function item(i) {
    var entry = codes[i];
    var page = index.pages[entry[1]];
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = page[0] + "#" + (entry[5] || "code-" + entry[0]);
    var code = document.createElement("code");
    code.textContent = entry[0];
    link.appendChild(code);
    li.appendChild(link);
    var provider = document.createElement("span");
    provider.className = "provider";
    provider.textContent = page[1] + (entry[3] ? " · HTTP " + entry[3] : "");
    li.appendChild(provider);
    var retry = document.createElement("span");
    retry.className = "retry retry-" + entry[2];
    retry.textContent = "retry: " + entry[2];
    li.appendChild(retry);
    var text = document.createElement("span");
    text.className = "description";
    text.textContent = entry[4];
    li.appendChild(text);
    return li;
  }

  function run() {
    var parts = box.value.trim().toLowerCase().split(/\s+/);
    var joined = parts.join(" ");
    var words = parts.map(function (word) { return word.replace(/_/g, ""); }).filter(Boolean);
    if (!words.length) {
      list.replaceChildren();
      count.textContent = "";
      return;
    }
    var whole = words.join("");
    var hits = [];
    for (var i = 0; i < codes.length; i++) {
      var s = score(i, words, joined, whole);
      if (s > 0) hits.push([s, i]);
    }
    hits.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
    var fragment = document.createDocumentFragment();
    for (var h = 0; h < hits.length && h < SHOWN; h++) fragment.appendChild(item(hits[h][1]));
    list.replaceChildren(fragment);
    count.textContent = hits.length === 0 ? "No code or description holds “" + joined + "”."
      : hits.length + (hits.length === 1 ? " code" : " codes") + (hits.length > SHOWN ? ", the first " + SHOWN + " shown" : "");
  }

  // The query in the address (`?q=`), so that going back from a result shows the results again
  // and a search can be linked; refused on some pages opened from the disk, which still search.
  function remember() {
    var query = box.value.trim();
    try {
      history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : location.pathname);
    } catch (refused) {}
  }

  box.addEventListener("input", run);
  box.addEventListener("change", remember);
  var asked = new URLSearchParams(location.search).get("q");
  if (asked) { box.value = asked; run(); }
})();
