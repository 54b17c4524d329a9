# NEEDS REVIEW BY NATIVE SPEAKERS — machine-assisted Haitian Creole translation; please have a native speaker who works with survivors review every message.
# BEZWEN REVIZYON MOUN KI PALE KREYÒL KÒM LANG MANMAN YO — tradiksyon kreyòl ayisyen sa a fèt avèk èd machin; tanpri, mande yon moun ki pale kreyòl kòm lang manman l e ki travay ak moun ki chape anba eksplwatasyon pou li revize chak mesaj.
# Tèks aplikasyon an pou moun ki chape anba eksplwatasyon (kreyòl ayisyen). Panyòl (es) se lang default la ak referans pou id ak varyab yo.
# Language names written by hand, for the languages CLDR does not name in this language.
# scripts/cldr-names.sh reads them: a CLDR name in this language wins, then these, then the fallback language.

## Non lang yo (sa yo ou ka chèche nan anyè a)

# Pou «Lang: …» nan yon fich ak pou filt «Lang yo pale». Non lang yo an kreyòl, ak premye lèt la an majiskil.
language-es = Panyòl
language-pt = Pòtigè
language-en = Angle
language-fr = Franse
language-ht = Kreyòl ayisyen
language-nl = Olandè
language-qu = Kechwa
language-gn = Gwarani
language-ay = Aymara
language-quc = K'iche'
language-cak = Kaqchikel
language-kek = Q'eqchi'
language-mam = Mam
language-nah = Nawatl
language-yua = Maya yukatèk
language-arn = Mapudungun
language-srn = Sranan tongo
language-pap = Papyamento
language-miq = Miskito
language-cab = Garifuna
language-jam = Kreyòl jamayiken
language-acf = Kreyòl Sent-Lisi
language-gcf = Kreyòl gwadloupeyen
language-guc = Wayuu
language-tzo = Tzotzil
language-tzh = Tzeltal
language-zh = Chinwa
language-ar = Arab
language-it = Italyen
language-de = Alman
language-ja = Japonè
language-ko = Koreyen

# Lang kreyòl ak lang endijèn CLDR pa bay non nan okenn nan lang nou yo.
language-acr = Achi
language-aig = Kreyòl Antigwa
language-bah = Kreyòl bahameyen
language-bjs = Bajan
language-bzj = Kreyòl belizyen
language-gcl = Kreyòl grenadyen
language-gcr = Kreyòl Giyàn franse
language-gym = Ngäbere
language-gyn = Kreyòl Giyàn
language-hns = Endoustani karayib
language-kjb = Q'anjob'al
language-mop = Maya mopan
language-poh = Poqomchi'
language-svc = Kreyòl Sen Vensan
language-trf = Kreyòl Trinidad
language-vic = Kreyòl Zile Vyèj
