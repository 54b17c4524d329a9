# Language names written by hand, for the languages CLDR does not name in this language.
# scripts/cldr-names.sh reads them: a CLDR name in this language wins, then these, then the fallback language.

## Language names (those the directory can be searched by)

# For "Languages: …" on a service and the "Language spoken" filter. CLDR names, capitalised.
language-es = Spanish
language-pt = Portuguese
language-en = English
language-fr = French
language-ht = Haitian Creole
language-nl = Dutch
language-qu = Quechua
language-gn = Guarani
language-ay = Aymara
language-quc = K'iche'
language-kek = Q'eqchi'
language-cak = Kaqchikel
language-mam = Mam
language-nah = Nahuatl
language-yua = Yucatec Maya
language-arn = Mapudungun
language-srn = Sranan Tongo
language-pap = Papiamento
language-miq = Miskito
language-cab = Garifuna
language-jam = Jamaican Patois
language-acf = Saint Lucian Creole
language-gcf = Guadeloupean Creole
language-guc = Wayuu
language-tzo = Tzotzil
language-tzh = Tzeltal
language-zh = Chinese
language-ar = Arabic
language-it = Italian
language-de = German
language-ja = Japanese
language-ko = Korean

# Creole and Indigenous languages CLDR has no name for in any of our languages.
language-acr = Achi
language-aig = Antiguan and Barbudan Creole
language-bah = Bahamian Creole
language-bjs = Bajan
language-bzj = Belizean Kriol
language-gcl = Grenadian Creole
language-gcr = French Guianese Creole
language-gym = Ngäbere
language-gyn = Guyanese Creole
language-hns = Caribbean Hindustani
language-kjb = Q'anjob'al
language-mop = Mopan Maya
language-poh = Poqomchi'
language-svc = Vincentian Creole
language-trf = Trinidadian Creole
language-vic = Virgin Islands Creole
