# Language names written by hand, for the languages CLDR does not name in this language.
# scripts/cldr-names.sh reads them: a CLDR name in this language wins, then these, then the fallback language.

## Taalnamen (de talen waarop in de gids gezocht kan worden)

# Voor “Talen: …” bij een dienst en voor het filter “Gesproken taal”. CLDR-namen, met hoofdletter.
language-es = Spaans
language-pt = Portugees
language-en = Engels
language-fr = Frans
language-ht = Haïtiaans Creools
language-nl = Nederlands
language-qu = Quechua
language-gn = Guaraní
language-ay = Aymara
language-quc = K'iche'
language-cak = Kaqchikel
language-kek = Q'eqchi'
language-mam = Mam
language-nah = Nahuatl
language-yua = Yucateeks Maya
language-arn = Mapudungun
language-srn = Sranantongo
language-pap = Papiaments
language-miq = Miskito
language-cab = Garifuna
language-jam = Jamaicaans Creools
language-acf = Saint Luciaans Creools
language-gcf = Guadeloups Creools
language-guc = Wayuu
language-tzo = Tzotzil
language-tzh = Tzeltal
language-zh = Chinees
language-ar = Arabisch
language-it = Italiaans
language-de = Duits
language-ja = Japans
language-ko = Koreaans

# Creoolse en inheemse talen die CLDR in geen van onze talen een naam geeft.
language-acr = Achi
language-aig = Antiguaans Creools
language-bah = Bahamaans Creools
language-bjs = Bajan
language-bzj = Belizaans Kriol
language-gcl = Grenadiaans Creools
language-gcr = Frans-Guyaans Creools
language-gym = Ngäbere
language-gyn = Guyaans Creools
language-hns = Sarnami
language-kjb = Q'anjob'al
language-mop = Mopan-Maya
language-poh = Poqomchi'
language-svc = Vincentiaans Creools
language-trf = Trinidadiaans Creools
language-vic = Maagdeneilanden-Creools
