# Nombres de idiomas escritos a mano, para los idiomas que CLDR no nombra en este idioma.
# Los lee scripts/cldr-names.sh: gana el nombre de CLDR en este idioma, luego estos, luego el idioma de respaldo.

## Nombres de idiomas (los que se pueden buscar en el directorio)

# Para «Idiomas: …» en una ficha y para el filtro «Idioma que hablan». Nombres de CLDR, con mayúscula inicial.
language-es = Español
language-pt = Portugués
language-en = Inglés
language-fr = Francés
language-ht = Criollo haitiano
language-nl = Neerlandés
language-qu = Quechua
language-gn = Guaraní
language-ay = Aimara
language-quc = K'iche'
language-cak = Kaqchikel
language-kek = Q'eqchi'
language-mam = Mam
language-nah = Náhuatl
language-yua = Maya yucateco
language-arn = Mapudungun
language-srn = Sranan tongo
language-pap = Papiamento
language-miq = Misquito
language-cab = Garífuna
language-jam = Criollo jamaiquino
language-acf = Criollo de Santa Lucía
language-gcf = Criollo de Guadalupe
language-guc = Wayuunaiki
language-tzo = Tsotsil
language-tzh = Tseltal
language-zh = Chino
language-ar = Árabe
language-it = Italiano
language-de = Alemán
language-ja = Japonés
language-ko = Coreano

# Lenguas criollas e indígenas que CLDR no nombra en ninguno de nuestros idiomas.
language-acr = Achí
language-aig = Criollo de Antigua y Barbuda
language-bah = Criollo bahameño
language-bjs = Bajan
language-bzj = Kriol beliceño
language-gcl = Criollo granadino
language-gcr = Criollo de la Guayana Francesa
language-gym = Ngäbere
language-gyn = Criollo guyanés
language-hns = Indostaní caribeño
language-kjb = Q'anjob'al
language-mop = Maya mopán
language-poh = Poqomchi'
language-svc = Criollo vicentino
language-trf = Criollo trinitense
language-vic = Criollo de las Islas Vírgenes
