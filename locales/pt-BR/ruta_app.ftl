# Textos do app para sobreviventes (português do Brasil). O espanhol (es) é o idioma padrão e a referência para ids e variáveis.
# Tom: claro, respeitoso, centrado na pessoa; nunca culpar. Tratamos a pessoa por "você".

## Moldura de todas as telas

app-name = Ruta
quick-exit = Sair rápido
quick-exit-hint = Para sair na hora, toque em “Sair rápido” ou aperte a tecla Esc três vezes. Outra página vai abrir.
demo-notice = Versão de demonstração: todos os serviços, endereços e telefones desta lista são inventados. Não são serviços reais.
nav-label = Navegação

## Início

home-heading = Encontrar ajuda perto de…
home-intro = Digite o nome de uma cidade. Você não precisa dizer onde está.
town-label = Cidade ou localidade
town-searching = Procurando lugares…
town-no-match = Não encontramos um lugar com esse nome. Tente escrever de outro jeito ou busque uma cidade próxima.
town-suggestions-label = Lugares encontrados
place-name = { $name }, { $admin1 }, { $country }
location-or = ou
use-location = Usar minha localização
use-location-hint = A localização só é pedida se você tocar neste botão. Ela é arredondada para cerca de 1 km antes da busca e não fica guardada.
location-finding = Procurando sua localização…
location-denied = Não foi possível usar sua localização porque a permissão está desativada. Você pode digitar o nome de uma cidade.
location-unavailable = Não conseguimos saber sua localização agora. Você pode digitar o nome de uma cidade.
settings-heading = Idioma e privacidade
language-label = Idioma
remember-language = Lembrar meu idioma neste telefone
remember-language-hint = Se você marcar esta caixa, só o idioma fica salvo neste telefone. Se não marcar, este aplicativo não salva nada.
clear-device = Apagar o que está salvo neste telefone
clear-device-hint = Apaga tudo o que este aplicativo salvou neste telefone e volta para o início.
clear-device-done = Pronto: o que este aplicativo tinha salvo foi apagado. O histórico do navegador ainda pode mostrar esta página; você pode apagá-lo nas configurações do navegador.

## Números de emergência

emergency-heading = Números de emergência: { $country }
emergency-call = Emergência: { $number }
hotlines-heading = Linhas de ajuda nacionais

## Links para ligar ou escrever

action-call = Ligar: { $number }
action-sms = Enviar SMS: { $number }
action-whatsapp = WhatsApp: { $number }
whatsapp-note = O WhatsApp é de outra empresa. Se você usar, a conversa pode ficar visível neste telefone.
phone-trace-note = As ligações e mensagens ficam no histórico do telefone. Se você tem medo de que alguém olhe, pode apagá-las depois.

## Resultados

results-back = Voltar à busca
results-heading-place = Ajuda perto de { $place }
results-heading-location = Ajuda perto da sua localização
results-loading = Procurando ajuda…
results-count =
    { $count ->
        [one] Um lugar a menos de { $radius }
       *[other] { $count } lugares a menos de { $radius }
    }
results-list-label = Lugares com atendimento no local, do mais perto ao mais longe
show-filters = Filtrar resultados
result-distance = { $distance } { $direction }
result-distance-approximate = Cerca de { $distance } { $direction } (área aproximada)
result-languages = Idiomas: { $languages }
result-confidential = O endereço é confidencial para proteger as pessoas abrigadas ali. Só a região é mostrada.
locator-heading = Onde ficam
locator-label = Esquema de direções: você está no centro; cada número é um lugar da lista, conforme a distância e a direção.
no-results = Não encontramos serviços com atendimento no local a menos de { $radius } que correspondam à sua busca.
no-results-try = Você pode buscar mais longe, tirar alguns filtros ou usar a ajuda a distância e as linhas de ajuda mais abaixo.
wider-radius = Buscar mais longe (até { $radius })
remote-heading = Ajuda que você pode receber daqui, a distância
remote-intro = Por telefone, videochamada ou chat.
remote-none = Não há serviços a distância que correspondam à sua busca.
remote-details = Mais informações

## Filtros

filters-heading = Filtrar resultados
filter-kind = Tipo de ajuda
filter-language = Idioma falado
filter-language-any = Qualquer idioma
filter-population = Para quem é
filter-free = Só gratuitos
filter-open-now = Só abertos agora
filter-delivery = Como é o atendimento
filter-delivery-any = De qualquer forma
filter-delivery-in-person = Presencial
filter-delivery-remote = A distância (telefone, vídeo ou chat)
filters-clear = Limpar filtros
filters-see-results = Ver resultados

## Ficha de um serviço

service-back = Voltar aos resultados
service-loading = Carregando…
service-organization = Responsável: { $organization }
service-website = Site da organização
service-contact-heading = Contato
service-no-phone = Este serviço não tem telefone no diretório.
service-about = O que oferece
shown-in = Idioma do texto: { $language }
service-populations = Para quem é
service-populations-all = Para todas as pessoas
service-languages = Idiomas
service-cost = Custo
service-delivery = Como é o atendimento
service-area = Pode ser usado de: { $places }
service-hours = Horário
hours-timezone = Horário local: { $zone }
hours-always = Aberto 24 horas, todos os dias
hours-none = O horário não foi informado. Ligue para perguntar.
hours-closed = Fechado
day-range = { $first } a { $last }
service-capacity = Vagas disponíveis
capacity-updated = Atualizado em { $date }
service-verified = A organização revisou estes dados em { $date }
service-location = Onde fica
service-confidential = Para proteger as pessoas abrigadas ali, o endereço não é mostrado. Ligue para a linha de acolhimento: vão explicar como chegar com segurança.
service-area-approximate = Região: { $area }
service-no-premises = Este serviço atende a distância.

## Vocabulário

kind-shelter = Abrigo
kind-psychosocial = Apoio psicossocial
kind-hotline = Linha de ajuda
kind-legal = Orientação jurídica
kind-health = Saúde
kind-food_clothing = Comida e roupa
kind-employment_training = Emprego e capacitação
kind-education = Educação
kind-documents_migration = Documentos e migração
kind-repatriation = Retorno seguro ao país de origem
kind-financial_aid = Ajuda financeira
kind-other = Outra ajuda
population-women = Mulheres
population-men = Homens
population-lgbtq = Pessoas LGBTQ+
population-children = Crianças
population-adolescents = Adolescentes
population-families = Famílias
population-migrants = Pessoas migrantes
population-indigenous_peoples = Povos indígenas
population-people_with_disabilities = Pessoas com deficiência
population-sexual_exploitation = Sobreviventes de exploração sexual
population-labour_exploitation = Sobreviventes de exploração no trabalho
population-other_exploitation = Sobreviventes de outras formas de exploração
cost-free = Gratuito
cost-low = Custo baixo
cost-paid = Pago
delivery-in_person = Presencial
delivery-phone = Por telefone
delivery-video = Por videochamada
delivery-chat = Por chat
open-now = Aberto agora
closed-now = Fechado agora
hours-unknown = Horário não informado
open-always = Aberto 24 horas
capacity-available = Há vagas
capacity-limited = Restam poucas vagas
capacity-full = Sem vagas no momento
capacity-unknown = Vagas não informadas
status-temporarily_closed = Fechado temporariamente
# Pontos cardeais abreviados, como em “3,2 km NE” (L = leste, O = oeste).
compass-n = N
compass-ne = NE
compass-e = L
compass-se = SE
compass-s = S
compass-sw = SO
compass-w = O
compass-nw = NO
weekday-mon = Segunda-feira
weekday-tue = Terça-feira
weekday-wed = Quarta-feira
weekday-thu = Quinta-feira
weekday-fri = Sexta-feira
weekday-sat = Sábado
weekday-sun = Domingo

## Erros

# Mensagens para os códigos de erro da API (campo "code"). O app as mostra no lugar do texto em inglês.
error-invalid_parameter = Parte da busca não foi entendida. Verifique { $field } e tente de novo.
error-missing_parameter = Falta uma informação para a busca: { $field }.
error-not_found = Não encontramos o que você procura. Talvez não esteja mais no diretório.
error-no_route = Esta página não existe.
error-internal = Algo deu errado do nosso lado. Tente de novo daqui a pouco.
error-invalid_field = Verifique { $field }: essa informação está faltando ou não é válida.
error-unauthorized = Entre na sua conta para continuar. Se você já entrou, a sessão terminou: entre de novo.
error-forbidden = Sua conta não permite fazer isso.
error-account_pending = Sua conta ainda está esperando a aprovação de um administrador.
error-cross_origin = Por segurança, esta alteração só pode ser feita pela página do Ruta.
error-rate_limited = Muitas tentativas seguidas. Espere um pouco e tente de novo.
error-conflict = { $field } já está em uso.
error-slot_taken = Alguém acabou de reservar esse horário. Escolha outro.
# Sem conexão ou sem resposta do servidor.
error-network = Não foi possível conectar. Verifique sua conexão com a internet e tente de novo.
retry = Tentar de novo
# O que vai em { $field } nas mensagens de erro.
field-place = o lugar
field-location = a localização
field-radius = a distância
field-service = o serviço
field-filters = os filtros

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

## Distâncias

# { $value } já vem com os separadores do idioma (“3,2” ou “3.2”).
distance-metres = { $value } m
distance-kilometres = { $value } km

## Avisar sobre um problema com um serviço (qualquer pessoa, sem dados pessoais)

report-no_answer = O número não atende
report-wrong_number = O número está errado
report-closed = Está fechado
report-wrong_address = O endereço está errado
report-wrong_hours = O horário está errado
report-not_as_described = Não oferecem o que está escrito aqui
report-other = Outro problema
report-heading = Alguma informação aqui está errada?
report-intro = Avise sem dar nenhum dado seu: a organização vai verificar.
report-thanks = Obrigado. A organização vai verificar estes dados.
field-email = o e-mail
field-password = a senha
field-form = o formulário

## Telas da equipe das organizações (só no pacote /staff/)

staff-title = Ruta · Organizações
staff-sign-out = Sair
staff-sign-in-heading = Entrar
staff-sign-in-intro = Para a equipe das organizações, das linhas de ajuda e da administração do Ruta.
staff-email = E-mail
staff-password = Senha
staff-sign-in = Entrar
staff-listings-heading = Seus serviços
staff-listings-intro = Mantenha os dados em dia: as pessoas confiam neles para chegar à ajuda.
staff-listings-count =
    { $count ->
        [one] Um serviço
       *[other] { $count } serviços
    }
staff-no-listings = Ainda não há serviços. Adicione o primeiro.
staff-new-listing = Adicionar um serviço
staff-reports = Problemas informados
staff-stale = Sem revisão há mais de 6 meses: confirme os dados para que volte a aparecer primeiro.
staff-deactivated = Desativado
staff-confidential = Endereço confidencial: o público só vê a região.
staff-last-checked = Revisado em { $date }
staff-never-checked = Nunca revisado
staff-capacity-question = Vagas disponíveis hoje?
staff-still-correct = Os dados continuam corretos
staff-edit = Editar
staff-history = Histórico
staff-saved = Salvo.
staff-confirmed = Obrigado: ficou registrado que os dados estão em dia.
staff-back = Voltar aos seus serviços
staff-edit-heading = Editar o serviço
staff-new-heading = Novo serviço
staff-names = Nome e descrição
staff-names-hint = Você pode escrever em vários idiomas: cada pessoa verá o seu, se houver.
staff-translation = Idioma { $number }
staff-language-code = Código do idioma (es, qu, pt-BR…)
staff-name = Nome
staff-description = Descrição
staff-descriptions = Descrições
staff-populations-hint = Se você não marcar nenhum, o serviço é para todas as pessoas.
staff-languages-hint = Códigos de idioma separados por vírgulas, por exemplo: es, qu, en
staff-phone = Telefone { $number }
staff-phone-number = Número com código do país (+504…)
staff-phone-label = Para que serve (opcional)
staff-channel-voice = Ligações
staff-channel-sms = SMS
staff-channel-whatsapp = WhatsApp
staff-timezone = Fuso horário (por exemplo, America/Tegucigalpa)
staff-day = Dia
staff-opens = Abre
staff-closes = Fecha
staff-lat = Latitude
staff-lon = Longitude
staff-address = Rua e número
staff-locality = Cidade ou localidade
staff-region = Departamento, estado ou província
staff-country = País (código de duas letras, por exemplo HN)
staff-confidential-check = Endereço confidencial (abrigo): o público só verá a região
staff-area = Área atendida a distância
staff-area-hint = Só para serviços por telefone, vídeo ou chat: países e regiões de onde podem ser usados.
staff-area-countries = Países (códigos, separados por vírgulas)
staff-area-regions = Regiões (códigos ISO 3166-2, por exemplo HN-FM)
staff-status = Situação
staff-status-active = Funcionando
staff-save = Salvar
staff-form = o formulário
staff-history-heading = Histórico de alterações
staff-no-history = Ainda não há alterações registradas.
staff-change-by = { $who }, em { $date }
staff-changed-fields = Alterações: { $fields }
staff-action-create = Criado
staff-action-update = Dados editados
staff-action-capacity = Vagas disponíveis atualizadas
staff-action-verify = Dados confirmados
staff-action-deactivate = Desativado
staff-reports-heading = Problemas informados
staff-reports-intro = Pessoas que usaram o diretório avisaram destes problemas. Não sabemos quem são: revise os dados e marque-os como resolvidos.
staff-no-reports = Não há problemas pendentes.
staff-report-resolved = Resolvido
staff-import = Importar dados (Open Referral)
staff-import-heading = Importar um arquivo Open Referral (HSDS)
staff-import-intro = Envie um arquivo HSDS 3.0 em JSON ou um ZIP com as tabelas em CSV (também das versões 1.1 e 2.0). Verifique-o primeiro: nada é salvo e você vê, linha por linha, o que será importado, corrigido ou deixado de fora.
staff-import-file = Arquivo (.json ou .zip)
staff-import-check = Verificar o arquivo (não salva nada)
staff-import-run = Importar
staff-import-choose = Escolha um arquivo primeiro.
staff-import-uploading = Enviando o arquivo: { $percent }%
staff-import-working = Lendo o arquivo…
staff-import-report = Relatório
staff-import-would =
    Isto importaria { $organizations ->
        [one] uma organização
       *[other] { $organizations } organizações
    } e { $services ->
        [one] um serviço
       *[other] { $services } serviços
    }. Nada foi salvo ainda.
staff-import-done =
    Importação concluída: { $organizations ->
        [one] uma organização
       *[other] { $organizations } organizações
    } e { $services ->
        [one] um serviço
       *[other] { $services } serviços
    }.
staff-import-nothing-written = Nada foi salvo: o arquivo tem um problema grave (veja abaixo).
staff-import-table = Tabela
staff-import-read = Lidas
staff-import-imported = Importadas
staff-import-issues =
    { $count ->
        [0] Nenhuma observação
        [one] Uma observação
       *[other] { $count } observações
    }
staff-outcome-fixed = Corrigidas
staff-outcome-skipped = Omitidas
staff-outcome-warning = Aviso
staff-outcome-fatal = Grave

# Staff navigation by role
staff-nav-listings = Fichas
staff-nav-console = Console da linha
staff-nav-coverage = Cobertura
staff-nav-sessions = Sessões
staff-nav-availability = Disponibilidade
staff-nav-label = Seções
