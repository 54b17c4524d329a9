// Writes names/src/generated.rs: the names of the directory's languages and of the 50 countries and territories,
// in each of the app's 8 languages, from CLDR (the npm package cldr-localenames-full, unpacked by
// scripts/cldr-names.sh) and the hand-written names in locales/<lang>/ruta_names.ftl.
//
// For each app language, a name is the first found along its chain: the CLDR name in that language, then the
// hand-written one in that language, then the same for the next language of the chain (see CHAINS). Haitian
// Creole's CLDR data inherits from French (CLDR's parent locale): a name equal to the French one is not Creole.
//
// Usage: node scripts/cldr-names.mjs <unpacked package dir> <cldr version>
import fs from "node:fs";
import path from "node:path";

const [pkg, version] = process.argv.slice(2);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

// The app's languages, in the order of each row of the table (names/src/lib.rs reads this order).
const LOCALES = ["es", "en", "pt-BR", "fr", "ht", "nl", "qu", "gn"];
// Where each app language's names come from, best first.
const CHAINS = {
  es: ["es"],
  en: ["en"],
  "pt-BR": ["pt-BR", "en"],
  fr: ["fr", "en"],
  ht: ["ht", "fr", "en"],
  nl: ["nl", "en"],
  qu: ["qu", "es", "en"],
  gn: ["gn", "es", "en"],
};
// Which CLDR locale holds an app language's names: Latin American Spanish; CLDR's `pt` is Brazilian.
const CLDR_LOCALE = { es: "es-419", "pt-BR": "pt" };
// CLDR locales whose data is inherited from another (a name equal to the parent's is not the language's own).
const CLDR_PARENT = { ht: "fr" };

function cldr(locale, kind) {
  const file = path.join(pkg, "main", locale, `${kind}.json`);
  if (!fs.existsSync(file)) return {};
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  const names = Object.values(data.main)[0].localeDisplayNames[kind];
  const own = {};
  for (const [code, name] of Object.entries(names)) {
    if (code.includes("-alt-") || name === code) continue;
    own[code] = name;
  }
  const parent = CLDR_PARENT[locale];
  if (parent) {
    const inherited = cldr(parent, kind);
    for (const code of Object.keys(own)) if (own[code] === inherited[code]) delete own[code];
  }
  return own;
}

function handWritten(locale) {
  const text = fs.readFileSync(path.join(root, "locales", locale, "ruta_names.ftl"), "utf8");
  const names = {};
  for (const line of text.split("\n")) {
    const m = /^language-([a-z]{2,3}) = (.+)$/.exec(line);
    if (m) names[m[1]] = m[2].trim();
  }
  return names;
}

function capitalise(name) {
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

// The languages: every one the countries file lists for a country (spoken and official), every one the demo
// directory's services speak, every one with a hand-written name, and the app's own.
const countriesCsv = fs.readFileSync(path.join(root, "data", "countries-lac.csv"), "utf8").trim().split("\n");
const header = countriesCsv[0].split(",");
const col = (name) => header.indexOf(name);
const countries = [];
const codes = new Set(["es", "en", "pt", "fr", "ht", "nl", "qu", "gn"]);
for (const line of countriesCsv.slice(1)) {
  const cells = line.split(",");
  countries.push(cells[col("iso2")]);
  for (const column of ["languages", "official_languages"]) {
    for (const code of cells[col(column)].split(" ")) if (code) codes.add(code);
  }
}
const profile = fs.readFileSync(path.join(root, "demo", "src", "profile.rs"), "utf8");
for (const m of profile.matchAll(/\("([a-z]{2,3})", [0-9.]+\)/g)) codes.add(m[1]);
const hand = Object.fromEntries(LOCALES.map((l) => [l, handWritten(l)]));
for (const code of Object.keys(hand.es)) codes.add(code);

const cldrNames = (kind) =>
  Object.fromEntries(LOCALES.map((l) => [l, cldr(CLDR_LOCALE[l] ?? l, kind)]));
const languages = cldrNames("languages");
const territories = cldrNames("territories");

const missing = [];
function resolve(code, locale, table, withHand) {
  for (const step of CHAINS[locale]) {
    const name = table[step][code] ?? (withHand ? hand[step][code] : undefined);
    if (name) return name;
  }
  missing.push(`${code} in ${locale}`);
  return code;
}

const languageRows = [...codes].sort().map((code) => {
  const names = LOCALES.map((l) => capitalise(resolve(code, l, languages, true)));
  // The name in the language itself, where CLDR has that language's data.
  const own = cldr(code, "languages")[code];
  return { code, autonym: own ? capitalise(own) : "", names };
});
const countryRows = countries.sort().map((code) => ({
  code,
  names: LOCALES.map((l) => resolve(code, l, territories, false)),
}));
if (missing.length) {
  console.error(`no name for: ${missing.join(", ")}\nadd a language-<code> message to locales/*/ruta_names.ftl`);
  process.exit(1);
}
for (const row of [...languageRows, ...countryRows]) {
  if (row.names.some((n) => n.includes("|"))) throw new Error(`"|" in a name of ${row.code}`);
}

const str = (s) => JSON.stringify(s);
let out = `// Generated by scripts/cldr-names.sh from CLDR ${version} (cldr-localenames-full) and locales/*/ruta_names.ftl.
// Do not edit: change the script or the .ftl files and run it again.

/// The CLDR version the names come from.
pub const CLDR_VERSION: &str = ${str(version)};

/// The app's languages, in the order of the names in each row.
pub const LOCALES: [&str; 8] = [${LOCALES.map(str).join(", ")}];

/// Languages: \`(code, autonym or "", names in [\`LOCALES\`] order joined by "|")\`, sorted by code.
pub static LANGUAGES: &[(&str, &str, &str)] = &[
`;
for (const row of languageRows) out += `    (${str(row.code)}, ${str(row.autonym)}, ${str(row.names.join("|"))}),\n`;
out += `];

/// Countries and territories: \`(ISO 3166-1 alpha-2, names in [\`LOCALES\`] order joined by "|")\`, sorted by code.
pub static COUNTRIES: &[(&str, &str)] = &[
`;
for (const row of countryRows) out += `    (${str(row.code)}, ${str(row.names.join("|"))}),\n`;
out += "];\n";
fs.writeFileSync(path.join(root, "names", "src", "generated.rs"), out);
console.log(`names/src/generated.rs: ${languageRows.length} languages, ${countryRows.length} countries (CLDR ${version})`);
