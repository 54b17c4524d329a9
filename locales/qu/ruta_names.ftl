# NEEDS REVIEW BY NATIVE SPEAKERS — machine-assisted translation; please have a native speaker who works with survivors review every message before relying on it.
# NECESITA REVISIÓN POR HABLANTES NATIVOS — traducción asistida por máquina; pida a una persona hablante nativa que trabaje con sobrevivientes que revise cada mensaje antes de usarlo.
# RUNASIMI RIMAQKUNAN QHAWANANKU — kay t'ikrayqa makinawan yanapasqan; manaraq apaykachaspa, sapa willakuyta yanapaq llamk'aq runasimi rimaq qhawachun.
# Language names written by hand, for the languages CLDR does not name in this language.
# scripts/cldr-names.sh reads them: a CLDR name in this language wins, then these, then the fallback language.

## Simikunaq sutinkuna (directoriopi maskanapaq)

# «Simikuna: …» nisqapaq, «Rimasqanku simi» akllanapaqpas. Qallariynin hatun letrawan.
language-es = Kastilla simi
language-pt = Purtugis simi
language-en = Inglis simi
language-fr = Fransis simi
language-ht = Haití kriyul simi
language-nl = Nirlandis simi
language-qu = Runasimi
language-gn = Guaraní simi
language-ay = Aymara simi
language-quc = K'iche' simi
language-cak = Kaqchikel simi
language-kek = Q'eqchi' simi
language-mam = Mam simi
language-nah = Náhuatl simi
language-yua = Yucatán maya simi
language-arn = Mapudungun
language-srn = Sranan tongo
language-pap = Papiamento simi
language-miq = Miskitu simi
language-cab = Garífuna simi
language-jam = Jamaica kriyul simi
language-acf = Santa Lucía kriyul simi
language-gcf = Guadalupe kriyul simi
language-guc = Wayuunaiki
language-tzo = Tsotsil simi
language-tzh = Tseltal simi
language-zh = Chinu simi
language-ar = Arabi simi
language-it = Italiya simi
language-de = Aliman simi
language-ja = Japun simi
language-ko = Kurea simi

# Kriyul simikuna, llaqta simikunapas, CLDR mana sutichasqan.
language-acr = Achí simi
language-aig = Antigua kriyul simi
language-bah = Bahamas kriyul simi
language-bjs = Bajan simi
language-bzj = Belice kriyul simi
language-gcl = Granada kriyul simi
language-gcr = Guayana Francesa kriyul simi
language-gym = Ngäbere simi
language-gyn = Guyana kriyul simi
language-hns = Karibe hindustani simi
language-kjb = Q'anjob'al simi
language-mop = Mopan maya simi
language-poh = Poqomchi' simi
language-svc = San Vicente kriyul simi
language-trf = Trinidad kriyul simi
language-vic = Islas Vírgenes kriyul simi
