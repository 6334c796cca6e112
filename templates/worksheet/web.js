// quizgen interactive worksheet: marks each answer right or wrong by comparing salted hashes.
"use strict";
(function () {
  function normalise(text) {  // the same as quizgen/export/interactive.py: normalise
    return text.normalize("NFC").toLowerCase().replace(/[.\u2026]+/g, " ")
      .replace(/\s+/g, " ").trim();
  }
  function cyrb53(str, seed) {
    var h1 = 0xdeadbeef ^ seed, h2 = 0x41c6ce57 ^ seed;
    for (var i = 0, ch; i < str.length; i++) {
      ch = str.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
  var sheet = document.querySelector(".sheet");
  var salt = sheet.dataset.salt;
  function isRight(field, value) {
    return String(cyrb53(salt + "\x1f" + field + "\x1f" + normalise(value), 0));
  }
  function valueOf(el) {
    if (el.classList.contains("choices")) {
      var ticked = el.querySelector("input:checked");
      return ticked ? ticked.value : "";
    }
    return el.value;
  }
  function check() {
    var fields = sheet.querySelectorAll("[data-h]"), right = 0;
    fields.forEach(function (el) {
      var name = el.name || el.dataset.name;
      // a field left empty is not yet answered: neither marked right nor wrong
      var given = valueOf(el) !== "", ok = given && isRight(name, valueOf(el)) === el.dataset.h;
      el.classList.toggle("right", ok);
      el.classList.toggle("wrong", given && !ok);
      el.setAttribute("aria-invalid", given && !ok ? "true" : "false");
      if (ok) right++;
    });
    var score = document.getElementById("score");
    score.textContent = right + " / " + fields.length + " " + score.dataset.right;
  }
  document.getElementById("check").addEventListener("click", check);
})();
