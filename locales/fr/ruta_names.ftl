# Language names written by hand, for the languages CLDR does not name in this language.
# scripts/cldr-names.sh reads them: a CLDR name in this language wins, then these, then the fallback language.

## Noms des langues (celles que l’on peut chercher dans l’annuaire)

# Pour « Langues : … » sur une fiche et pour le filtre « Langue parlée ». Noms du CLDR, avec une majuscule initiale.
language-es = Espagnol
language-pt = Portugais
language-en = Anglais
language-fr = Français
language-ht = Créole haïtien
language-nl = Néerlandais
language-qu = Quechua
language-gn = Guarani
language-ay = Aymara
language-quc = K'iche'
language-cak = Kaqchikel
language-kek = Q'eqchi'
language-mam = Mam
language-nah = Nahuatl
language-yua = Maya yucatèque
language-arn = Mapudungun
language-srn = Sranan tongo
language-pap = Papiamento
language-miq = Miskito
language-cab = Garifuna
language-jam = Créole jamaïcain
language-acf = Créole saint-lucien
language-gcf = Créole guadeloupéen
language-guc = Wayuu
language-tzo = Tzotzil
language-tzh = Tzeltal
language-zh = Chinois
language-ar = Arabe
language-it = Italien
language-de = Allemand
language-ja = Japonais
language-ko = Coréen

# Langues créoles et autochtones que le CLDR ne nomme dans aucune de nos langues.
language-acr = Achi
language-aig = Créole antiguais
language-bah = Créole bahamien
language-bjs = Bajan
language-bzj = Kriol bélizien
language-gcl = Créole grenadien
language-gcr = Créole guyanais
language-gym = Ngäbere
language-gyn = Créole guyanien
language-hns = Hindoustani caribéen
language-kjb = Q'anjob'al
language-mop = Maya mopan
language-poh = Poqomchi'
language-svc = Créole vincentais
language-trf = Créole trinidadien
language-vic = Créole des îles Vierges
