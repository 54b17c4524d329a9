# Language names written by hand, for the languages CLDR does not name in this language.
# scripts/cldr-names.sh reads them: a CLDR name in this language wins, then these, then the fallback language.

## Nomes de idiomas (os que podem ser buscados no diretório)

# Para “Idiomas: …” na ficha de um serviço e para o filtro “Idioma falado”. Nomes do CLDR, com inicial maiúscula.
language-es = Espanhol
language-pt = Português
language-en = Inglês
language-fr = Francês
language-ht = Crioulo haitiano
language-nl = Holandês
language-qu = Quíchua
language-gn = Guarani
language-ay = Aimará
language-quc = K'iche'
language-cak = Kaqchikel
language-kek = Q'eqchi'
language-mam = Mam
language-nah = Náuatle
language-yua = Maia iucateque
language-arn = Mapudungun
language-srn = Sranan tongo
language-pap = Papiamento
language-miq = Misquito
language-cab = Garífuna
language-jam = Crioulo jamaicano
language-acf = Crioulo de Santa Lúcia
language-gcf = Crioulo de Guadalupe
language-guc = Wayuu
language-tzo = Tsotsil
language-tzh = Tseltal
language-zh = Chinês
language-ar = Árabe
language-it = Italiano
language-de = Alemão
language-ja = Japonês
language-ko = Coreano

# Línguas crioulas e indígenas que o CLDR não nomeia em nenhum dos nossos idiomas.
language-acr = Achí
language-aig = Crioulo de Antígua e Barbuda
language-bah = Crioulo bahamense
language-bjs = Bajan
language-bzj = Kriol belizenho
language-gcl = Crioulo granadino
language-gcr = Crioulo da Guiana Francesa
language-gym = Ngäbere
language-gyn = Crioulo guianense
language-hns = Hindustâni caribenho
language-kjb = Q'anjob'al
language-mop = Maia mopan
language-poh = Poqomchi'
language-svc = Crioulo vicentino
language-trf = Crioulo trinitino
language-vic = Crioulo das Ilhas Virgens
