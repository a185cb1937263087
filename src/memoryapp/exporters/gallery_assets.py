"""The offline gallery's stylesheet and script (ASCII only; non-Latin letters as escapes).

The script reads the JSON data block, folds text the way ``memoryapp.core.text.search_key``
does (case, accents, niqqud, harakat, Hebrew final letters, Arabic alef variants, alef
maksura, teh marbuta, tatweel) and shows the items whose people (any spelling), places (any
spelling, and the places they lie in), captions, tags or dates match every word of the search, within the chosen person,
place and decade. It builds nothing from HTML strings: it only hides and shows the items the
page already holds and sets ``textContent``. State lives in the address's fragment
(``#q=...&person=...&place=...&decade=...``) so a view can be bookmarked.
"""

STYLE = """
:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { margin: 0 auto; max-width: 80rem; padding: 1rem; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
header h1 { flex: 1 1 100%; margin: 0; font-size: 1.5rem; }
input[type=search] { flex: 1 1 20rem; font-size: 1rem; padding: .4rem; }
.layout { display: grid; grid-template-columns: 16rem 1fr; gap: 1.5rem; margin-top: 1rem; }
@media (max-width: 50rem) { .layout { grid-template-columns: 1fr; } }
nav h2 { font-size: 1rem; margin: 1rem 0 .3rem; }
nav ul { list-style: none; margin: 0; padding: 0; max-height: 18rem; overflow: auto; }
nav button { background: none; border: 0; padding: .15rem .3rem; cursor: pointer;
  font: inherit; color: inherit; text-align: start; width: 100%; }
nav button[aria-pressed=true] { background: #8884; font-weight: bold; }
#grid { list-style: none; margin: 0; padding: 0; display: grid;
  grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 1rem; }
#grid li { border: 1px solid #8886; border-radius: .4rem; padding: .5rem; }
#grid img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
#grid .cap { font-weight: bold; margin: .4rem 0 .2rem; }
#grid .meta, #grid .desc, #grid .inscription { font-size: .85rem; margin: .2rem 0; }
#grid figure.back { margin: .3rem 0 0; }
#grid figure.back img { max-width: 45%; border: 1px solid #bbb; }
#grid figure.back figcaption { font-size: .75rem; color: #555; }
#grid .text p { font-size: .8rem; margin: 0; }
.placeholder { display: block; padding: 3rem 0; text-align: center; background: #8882; }
[hidden] { display: none !important; }
"""

SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("gallery-data").textContent);
  var FINALS = {"\u05da": "\u05db", "\u05dd": "\u05de", "\u05df": "\u05e0",
                "\u05e3": "\u05e4", "\u05e5": "\u05e6"};
  function fold(text) {
    return String(text).normalize("NFKD").toLowerCase()
      .replace(/\p{Mn}/gu, "")
      .replace(/[\u05da\u05dd\u05df\u05e3\u05e5]/g, function (c) { return FINALS[c]; })
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064a")
      .replace(/\u0629/g, "\u0647")
      .replace(/\u0640/g, "")
      .replace(/[\s_\u2010-\u2015\u05be-]+/g, " ")
      .normalize("NFC");
  }
  var byId = {};
  var hay = {};
  data.items.forEach(function (item) {
    var parts = [item.title, item.description, item.date, item.edtf, item.text]
      .concat(item.tags, item.inscriptions || []);
    item.people.forEach(function (id) {
      if (data.people[id]) { parts = parts.concat(data.people[id].names); }
    });
    item.placeChain.forEach(function (id) {
      if (data.places[id]) { parts = parts.concat(data.places[id].names); }
    });
    byId[item.id] = item;
    hay[item.id] = " " + fold(parts.join(" \u0001 ")) + " ";
  });
  var state = {q: "", person: "", place: "", decade: ""};
  function matches(item) {
    if (state.person && item.people.indexOf(state.person) < 0) { return false; }
    if (state.place && item.placeChain.indexOf(state.place) < 0) { return false; }
    if (state.decade && item.decade !== state.decade) { return false; }
    var words = fold(state.q).split(" ").filter(function (w) { return w; });
    return words.every(function (w) { return hay[item.id].indexOf(w) >= 0; });
  }
  function render() {
    var shown = 0;
    document.querySelectorAll("#grid > li").forEach(function (li) {
      var item = byId[li.getAttribute("data-id")];
      var ok = Boolean(item) && matches(item);
      li.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.getElementById("count").textContent = shown + " / " + data.items.length;
    document.querySelectorAll("button[data-facet]").forEach(function (b) {
      var on = state[b.getAttribute("data-facet")] === b.getAttribute("data-value");
      b.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }
  function readHash() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
    Object.keys(state).forEach(function (key) { state[key] = params.get(key) || ""; });
    document.getElementById("q").value = state.q;
  }
  function writeHash() {
    var params = new URLSearchParams();
    Object.keys(state).forEach(function (key) { if (state[key]) { params.set(key, state[key]); } });
    try {
      window.history.replaceState(null, "", "#" + params.toString());
    } catch (ignored) { /* some browsers refuse history on file:// pages */ }
  }
  document.getElementById("q").addEventListener("input", function (event) {
    state.q = event.target.value;
    writeHash();
    render();
  });
  document.querySelectorAll("button[data-facet]").forEach(function (b) {
    b.addEventListener("click", function () {
      var key = b.getAttribute("data-facet");
      var value = b.getAttribute("data-value");
      state[key] = state[key] === value ? "" : value;
      writeHash();
      render();
    });
  });
  document.getElementById("clear").addEventListener("click", function () {
    state = {q: "", person: "", place: "", decade: ""};
    document.getElementById("q").value = "";
    writeHash();
    render();
  });
  window.addEventListener("hashchange", function () { readHash(); render(); });
  readHash();
  render();
  document.body.setAttribute("data-ready", "1");
}());
"""
