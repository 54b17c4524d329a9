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
discreet-mode = Mostrar um nome e um ícone neutros (“Clima”)
discreet-mode-hint = A aba do navegador, e o ícone se você adicionar esta página à tela inicial, vão dizer “Clima” com um desenho simples do tempo: quem olhar o telefone não vê nada além disso. Esta escolha fica salva neste telefone; “Apagar o que está salvo neste telefone” a remove.
clear-device = Apagar o que está salvo neste telefone
clear-device-hint = Apaga tudo o que este aplicativo salvou neste telefone e volta para o início.
clear-device-done = Pronto: o que este aplicativo tinha salvo foi apagado. O histórico do navegador ainda pode mostrar esta página; você pode apagá-lo nas configurações do navegador.

## Números de emergência

emergency-heading = Números de emergência: { $country }
lifelines-open = Todos os números e seus direitos
lifelines-open-anywhere = Números de emergência e seus direitos, por país
lifelines-heading = Onde ligar: { $country }
lifelines-heading-none = Onde ligar
lifelines-country-label = País
lifelines-country-choose = Escolha um país
lifelines-offline-note = Este telefone guarda estes números de todos os países do mesmo jeito: eles funcionam sem internet e não mostram qual país você consultou.
lifelines-emergency-heading = Números de emergência
lifelines-lines-heading = Linhas de ajuda
lifeline-link = { $label }: { $number }
lifeline-whatsapp = WhatsApp: { $number }
lifeline-sms = SMS: { $number }
lifeline-web-chat = Chat pela internet
lifeline-free = grátis
lifeline-24h = 24 horas
lifeline-hours = Horário: { $hours }
lifeline-languages = Idiomas: { $languages }
lifeline-run-by = Responsável: { $organisation }
lifeline-source = Fonte: { $title }. Verificado em { $date }.
lifeline-checked = Verificado em { $date }.
lifeline-unverified = Não confirmado: a única fonte que encontramos é antiga ou não é oficial. Se puder, confira este número de outro jeito também.
lifelines-corrected = Corrigido em { $date } pelas pessoas que cuidam deste serviço.
lifelines-no-trafficking-line = Não encontramos neste país uma linha nacional contra o tráfico de pessoas com fonte pública. Em caso de perigo, ligue para { $number }.
lifelines-no-emergency = Ainda não temos um número de emergência verificado para este lugar. Pergunte o número local a alguém de confiança.
purpose-general = Emergências
purpose-police = Polícia
purpose-ambulance = Ambulância
purpose-fire = Bombeiros
purpose-women = Violência contra a mulher
purpose-children = Crianças e adolescentes
purpose-human_rights = Direitos humanos
purpose-migrants = Pessoas migrantes
purpose-coast_guard = Resgate no mar
purpose-civil_protection = Desastres
focus-trafficking = Linha contra o tráfico de pessoas
focus-women = Linha para mulheres
focus-children = Linha para crianças e adolescentes
focus-human_rights = Linha de direitos humanos
focus-migrants = Linha para pessoas migrantes
focus-labour = Linha para trabalhadoras e trabalhadores
focus-lgbtq = Linha para pessoas LGBTQ+
focus-mental_health = Linha de apoio emocional
rights-heading = Seus direitos
rights-intro = Todos os países desta região assinaram um acordo contra o tráfico de pessoas: o Protocolo de Palermo. Ele diz o que as pessoas sobreviventes podem pedir. Cada país o aplica do seu jeito.
rights-help = Você pode pedir ajuda sem ir à polícia.
rights-free = A ajuda para sobreviventes não deveria custar dinheiro para você.
rights-private = O que você contar deveria ficar em sigilo.
rights-interpreter = Você pode pedir um intérprete que fale o seu idioma.
rights-time = Você pode tirar um tempo para descansar e pensar antes de decidir o que fazer.
rights-not-punished = Você não deveria sofrer punição pelo que obrigaram você a fazer.
rights-consulate = Se você é de outro país, pode pedir ajuda ao seu consulado.
rights-go-or-stay = Você pode perguntar como voltar para o seu país com segurança, ou como ficar neste país.
route-heading = O que acontece depois: { $country }
route-intro = Estes são os passos mais comuns. Onde você está, eles podem ser diferentes.
route-law = A lei: { $law }
route-bodies = Quem: { $bodies }
route-contact = Como entrar em contato: { $contact }
route-none = Ainda não encontramos uma descrição pública dos passos neste país. As linhas de ajuda acima podem informar você.

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
result-checked = Revisado pela organização: { $date }
result-not-checked = Ainda não revisado pela organização
result-confidential = O endereço é confidencial para proteger as pessoas abrigadas ali. Só a região é mostrada.
locator-heading = Onde ficam
locator-label = Esquema de direções: você está no centro; cada número é um lugar da lista, conforme a distância e a direção.
no-results = Não encontramos serviços com atendimento no local a menos de { $radius } que correspondam à sua busca.
no-results-try = Você pode buscar mais longe, tirar alguns filtros ou usar a ajuda a distância e as linhas de ajuda mais abaixo.
wider-radius = Buscar mais longe (até { $radius })
beyond-heading = O mais próximo que corresponde, a mais de { $radius }
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
service-apply = Como receber ajuda
service-contact-heading = Contato
service-sessions-book = Ver os profissionais e os horários livres
service-sessions-intro = Seus profissionais fazem sessões psicossociais por vídeo, telefone ou chat. Você não precisa de conta nem de e-mail.
service-sessions-heading = Sessões a distância com esta organização
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
service-other-locations = Também atende nestes lugares
service-confidential = Para proteger as pessoas abrigadas ali, o endereço não é mostrado. Ligue para a linha de acolhimento: vão explicar como chegar com segurança.
service-area-approximate = Região: { $area }
service-point-approximate = As distâncias são contadas a partir do centro da cidade, não deste endereço. Ligue antes de ir.
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
cost-unknown = Custo não informado: pergunte
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
error-payload_too_large = O arquivo é grande demais para uma só importação: divida-o ou peça a um administrador que o importe.
error-import_running = Outra importação está em andamento. Tente de novo quando ela terminar.
error-precondition_required = Esta alteração precisa dizer qual versão ela substitui. Recarregue e tente de novo.
error-precondition_failed = Outra pessoa alterou isto enquanto isso. Recarregue para ver as alterações.
error-method_not_allowed = Esta ação não está disponível aqui.
error-unavailable = O serviço está muito ocupado agora. Tente de novo em alguns segundos.
# Sem conexão ou sem resposta do servidor.
error-network = Não foi possível conectar. Verifique sua conexão com a internet e tente de novo.
retry = Tentar de novo
# O que vai em { $field } nas mensagens de erro.
field-place = o lugar
field-location = a localização
field-radius = a distância
field-service = o serviço
field-filters = os filtros

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
# Someone else saved the record while this person had it open (HTTP 412); the Reload button reads it again.
staff-changed-listing = Outra pessoa alterou este serviço. Recarregue para ver as alterações.
staff-changed-profile = Outra pessoa alterou este perfil. Recarregue para ver as alterações.
staff-changed-lifelines = Outra pessoa alterou estas linhas de ajuda. Recarregue para ver as alterações.
staff-reload = Recarregar
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
staff-postal-code = CEP (código postal)
staff-details = Nas palavras do seu diretório
staff-details-hint = Mostrados ao público como escritos, no idioma em que você os escrever. Deixe vazio o que não souber.
staff-alternate-name = Outro nome pelo qual é conhecido
staff-eligibility = Quem pode vir (requisitos)
staff-fees = Custos, em palavras
staff-service-url = Página própria do serviço
staff-source-terms = Termos com que foi importado
staff-source-terms-hint = Categorias do diretório de onde veio, guardadas como chegaram e devolvidas quando o diretório é exportado. A busca usa os tipos e as pessoas acima, não estas.
staff-country = País (código de duas letras, por exemplo HN)
staff-confidential-check = Endereço confidencial (abrigo): o público só verá a região
staff-other-locations = Outros lugares
staff-other-locations-hint = Unidades em outras cidades: cada uma aparece nas buscas e na ficha. Apague as coordenadas de uma linha para retirá-la; a última linha acrescenta uma.
staff-branch = Lugar { $number }
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
staff-import-intro = Envie um arquivo HSDS 3.0 em JSON ou um ZIP com as tabelas em CSV (também das versões 1.1 e 2.0). Verifique-o primeiro: nada é salvo e você vê o que será importado, corrigido ou deixado de fora, agrupado por motivo, com quantas vezes e em quais linhas.
staff-import-file = Arquivo (.json, .zip ou uma planilha: .xlsx, .ods, .csv)
staff-import-template = Baixar o modelo de planilha
staff-import-template-hint = Mantém seu diretório em uma planilha? Use o modelo: uma linha por serviço e lugar, com cabeçalhos em português, espanhol, inglês ou francês. Só o nome do serviço é obrigatório.
staff-import-terms-hint = Seu diretório usa categorias próprias? Acrescente ao ZIP uma tabela chamada ruta_terms.csv (colunas taxonomy, code, term, kinds, populations, delivery) e verifique o arquivo: o relatório diz em que cada um dos seus termos se transforma no Ruta. Um administrador também pode manter uma tabela no servidor para todas as importações (Administração → Tabela de termos).
staff-import-country = País dos serviços, quando o arquivo não diz
staff-import-timezone = Fuso horário dos horários, quando o arquivo não diz
staff-import-file-says = O que o arquivo disser
staff-import-silent-hint = Escolha-os só para um arquivo que nunca diz onde está (por exemplo, o diretório de um país): eles nunca substituem o que o arquivo diz.
staff-import-shelters-heading = Abrigos com endereço
staff-import-shelters-intro = Estes abrigos chegam com o endereço. Os marcados ficam confidenciais: o endereço nunca é mostrado ao público, só às atendentes da linha. Desmarque um abrigo só se for seguro que qualquer pessoa saiba onde ele fica.
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
staff-import-no-services = Nenhum serviço seria importado. Os motivos estão abaixo.
staff-import-examples = (linhas { $rows })
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

# Sessões a distância com profissionais de apoio (app para sobreviventes)
remote-session-heading = Converse com profissionais de apoio de onde você estiver
remote-session-intro = Sessões por vídeo, telefone ou chat com alguém que fala o seu idioma. Você não precisa de conta nem de e-mail.
remote-session-book = Agendar uma sessão a distância
remote-session-have-booking = Já tenho um agendamento
booking-back = Voltar
booking-list-heading = Profissionais de apoio para sessões a distância
booking-list-intro = Escolha alguém com quem você se sinta à vontade. Você pode continuar com a mesma pessoa nas próximas sessões, para não ter que contar sua história de novo.
booking-again-new-codes = Esta nova sessão tem sua própria referência e seu próprio código secreto: anote-os também. Os códigos do agendamento anterior continuam abrindo aquele agendamento.
booking-contact-remove = Remover
booking-contact-kept = A pessoa que vai atender você vai entrar em contato do mesmo jeito da última vez ({ $channel }) e vai chamar você pelo mesmo nome, se você deu um.
booking-contact-email-invalid = Esse endereço de e-mail não está completo. Confira, por exemplo nome@exemplo.org.
booking-contact-phone-invalid = Não é possível ligar para esse número como está escrito. Escreva com + e o código do país (por exemplo +55 11 91234 5678) ou escolha o país do número.
booking-contact-country-none = Escrito com + e o código do país
booking-contact-country = País do número
booking-contact-phone-hint = Com + e o código do país (por exemplo +55 11 91234 5678), ou escolha abaixo o país do número.
booking-times-more = { $count ->
        [one] Mais um horário
       *[other] Mais { $count } horários
    }
booking-times-earlier-day = Dia anterior
booking-times-next-day = Dia seguinte
booking-all-counsellors = Mostrar todos os profissionais
booking-one-organization = Mostrando só os profissionais da organização que você estava vendo.
booking-filter-any = Tanto faz
booking-filter-language = Idioma
booking-filter-gender = Prefiro conversar com
booking-filter-speciality = Experiência com
booking-filter-modality = Como conversar
booking-gender-woman = Uma mulher
booking-gender-man = Um homem
booking-gender-non_binary = Uma pessoa não binária
booking-none = Ninguém corresponde a essas opções. Tente tirar alguma delas.
booking-count =
    { $count ->
        [one] Uma pessoa
        [many] { $count } de pessoas
       *[other] { $count } pessoas
    }
booking-languages = Fala: { $languages }
booking-specialities = Experiência com: { $list }
booking-modalities = Sessões: { $list }
booking-session-length = As sessões duram { $minutes } minutos.
booking-soonest = Primeiro horário livre: { $when }
booking-no-soonest = Não há horários livres nas próximas semanas.
booking-choose-time = Ver horários livres
booking-times-heading = Escolha um horário com { $name }
booking-move-heading = Escolha um novo horário com { $name }
booking-times-zone = Os horários aparecem no fuso horário do seu telefone ({ $zone }).
booking-times-none = Não há horários livres nestas duas semanas. Veja horários mais para a frente ou escolha outra pessoa.
booking-time-chosen = Horário escolhido: { $when }
booking-form-heading = Sobre a sessão
booking-modality = Como você quer conversar?
booking-language = Idioma da sessão
booking-alias = Um nome para chamar você (opcional)
booking-alias-hint = Não precisa ser o seu nome verdadeiro.
booking-contact-channel = Um jeito de falar com você (opcional)
booking-contact-none = Nenhum: vou consultar meu agendamento com a referência
booking-channel-phone = Ligação telefônica
booking-channel-whatsapp = WhatsApp
booking-channel-signal = Signal
booking-channel-email = E-mail
booking-contact-value = Número ou endereço
booking-contact-notes = Como falar com você com segurança (opcional)
booking-contact-notes-hint = Por exemplo: “não deixar recado na caixa postal”, “só depois das 6 da tarde”, “não dizer quem está ligando”.
booking-reminders = Enviar uma confirmação e um lembrete na véspera
booking-reminders-hint = Só a data, a hora e a sua referência, com palavras que não dizem para que é o horário marcado. Deixe desmarcado se outra pessoa puder ler suas mensagens.
booking-consent-heading = Antes de agendar, leia isto
booking-consent-stored = Só guardamos o horário, como você quer conversar e o idioma. Um nome e um jeito de falar com você só ficam guardados se você escrever, e ficam criptografados.
booking-consent-who = Só a pessoa que vai atender você pode ler esse nome e esse contato. Mais ninguém.
booking-consent-deleted =
    { $days ->
        [0] Tudo sobre esta sessão é apagado alguns dias depois dela. Só fica uma contagem anônima: quantas sessões, nunca quem.
        [one] Tudo sobre esta sessão é apagado um dia depois dela. Só fica uma contagem anônima: quantas sessões, nunca quem.
        [many] Tudo sobre esta sessão é apagado { $days } de dias depois dela. Só fica uma contagem anônima: quantas sessões, nunca quem.
       *[other] Tudo sobre esta sessão é apagado { $days } dias depois dela. Só fica uma contagem anônima: quantas sessões, nunca quem.
    }
booking-consent-optional = Agendar é uma escolha sua. Você pode ver todos os serviços e ligar para eles sem agendar.
booking-consent-agree = Li isto e quero agendar
booking-consent-needed = Para agendar, marque a caixa que diz que você concorda. Você também pode voltar.
booking-submit = Agendar este horário
booking-sending = Agendando…
booking-slot-taken = Alguém acabou de pegar este horário. Por favor, escolha outro.
booking-move-submit = Passar minha sessão para este horário
booking-done-heading = Sua sessão está agendada
booking-done-intro = Anote estes dois códigos, no papel ou na memória. Você precisa dos dois para ver, mudar ou cancelar a sessão. Esta é a única vez que o código secreto aparece.
booking-reference = Referência
booking-secret = Código secreto
booking-next-heading = O que acontece agora
booking-next-confirm = { $name } vai confirmar a sessão. Você pode conferir em “Já tenho um agendamento”.
booking-next-video = Na hora da sessão, abra o link da videochamada. Ele funciona no navegador do telefone.
booking-next-phone = { $name } vai ligar para você no número que você deixou. Se não deixou nenhum, abra seu agendamento antes da sessão para ver como participar.
booking-next-chat = Na hora da sessão, abra aqui seu agendamento com a referência e o código secreto para entrar no chat.
booking-room-link = Abrir a videochamada
booking-status-label = Situação
booking-when-label = Quando
booking-with-label = Com
booking-how-label = Como
booking-status-requested = Esperando confirmação
booking-status-confirmed = Confirmada
booking-status-declined = Não é possível atender você neste horário
booking-status-cancelled = Cancelada
booking-status-completed = Realizada
booking-status-no_show = Não aconteceu
booking-returning = A mesma pessoa da sua sessão anterior.
booking-declined-hint = Você pode escolher outro horário com a mesma pessoa.
booking-deleted-on = Tudo sobre esta sessão será apagado em { $date }.
booking-calendar = Adicionar à minha agenda (.ics)
booking-calendar-hint = Na agenda aparece só “Compromisso”: sem organização e sem motivo.
booking-mine-heading = Meu agendamento
booking-mine-intro = Digite a referência e o código secreto que você anotou.
booking-mine-open = Abrir meu agendamento
booking-not-found = Nenhum agendamento corresponde a essa referência e a esse código secreto. Confira e tente de novo.
booking-cancel = Cancelar a sessão
booking-cancel-question = Cancelar esta sessão? O horário fica livre para outra pessoa.
booking-cancel-confirm = Sim, cancelar
booking-cancel-keep = Não, manter
booking-cancelled-done = A sessão foi cancelada.
booking-move = Mudar para outro horário
booking-again = Agendar outra sessão com { $name }

# Console da linha de ajuda e cobertura (telas da equipe)
staff-console-heading = Console da linha de ajuda
staff-console-keys-line = Teclas: / lugar · ↑ ↓ mover · Enter abrir · c copiar o encaminhamento · s SMS · Esc voltar.
staff-console-keys-heading = Atalhos de teclado
staff-console-kbd-enter = Enter
staff-console-key-place = Ir ao lugar da pessoa
staff-console-key-move = Passar ao resultado seguinte ou anterior
staff-console-key-open = Abrir o resultado escolhido
staff-console-key-copy = Preparar o encaminhamento e copiá-lo
staff-console-key-sms = Preparar o encaminhamento e abrir um SMS
staff-console-key-back = Voltar à lista
staff-console-key-help = Mostrar ou ocultar esta lista
staff-console-place = Onde a pessoa está (cidade ou povoado)
staff-console-caller = Idioma de quem liga
staff-console-referral-in = O encaminhamento será escrito em { $language }.
staff-console-language-hint = Digite parte do nome: todos os idiomas do diretório estão aqui.
staff-console-language-services =
    { $count ->
        [one] 1 serviço
       *[other] { $count } serviços
    }
staff-console-need = Do que precisa
staff-console-any-kind = Qualquer tipo de ajuda
staff-console-anyone = Qualquer pessoa
staff-console-min-beds = Vagas livres, no mínimo
staff-console-min-beds-hint = O diretório registra se há vagas, poucas ou nenhuma, não o número exato: com 1 ou mais aparecem só os que têm vagas.
staff-console-verified = Revisado pela organização nos últimos dias
staff-console-verified-hint = Escreva quantos dias. Vazio: qualquer data.
staff-console-prompt = Escreva a cidade ou o povoado onde a pessoa está e escolha um da lista.
staff-console-nearby = Perto do lugar
staff-console-remote = A distância (telefone, vídeo ou chat)
staff-console-results =
    { $count ->
        [0] Nenhum serviço
        [one] Um serviço
       *[other] { $count } serviços
    } a menos de { $radius } de { $place }; { $remote ->
        [0] nenhum a distância
        [one] um a distância
       *[other] { $remote } a distância
    }.
staff-console-address = Endereço exato: { $address }
staff-console-confidential = Confidencial
staff-console-confidential-detail = Endereço confidencial: não o informe por telefone nem por SMS. Passe a linha de acolhimento; lá dirão à pessoa como chegar com segurança.
staff-console-stale = Sem revisão há mais de 6 meses
staff-console-capacity-on = { $capacity } (em { $date })
staff-console-intake = Descrição e acolhimento
staff-console-checked = Última revisão
staff-console-compose = Copiar o encaminhamento (c)
staff-console-compose-sms = Enviar por SMS (s)
staff-console-composing = Preparando o encaminhamento…
staff-console-referral-label = Encaminhamento em { $language }, para ler ou colar
staff-console-sms = Abrir o SMS com este texto
staff-console-sms-opened = O encaminhamento está pronto no SMS.
staff-console-copied = Encaminhamento copiado.
staff-console-copy-yourself = Não foi possível copiar sozinho: o texto está selecionado, aperte Ctrl+C.
staff-console-back = Voltar à lista (Esc)
staff-console-note = Nota para a passagem do caso
staff-console-note-hint = Fica só nesta tela: não é enviada nem guardada, e some com uma nova busca ou ao fechar a página. Não escreva nomes nem dados que identifiquem a pessoa.
staff-coverage-heading = Cobertura: onde faltam serviços
staff-coverage-intro = Que parte da população vive a menos de 25, 50 e 100 km de um serviço presencial, por país ou por estado. As distâncias são em linha reta a partir de cada cidade ou povoado do catálogo de lugares; um abrigo confidencial conta pela sua zona, nunca pelo endereço.
staff-coverage-country = País
staff-coverage-all-countries = Toda a região
staff-coverage-admin-area = Estado ou província
staff-coverage-whole-country = O país inteiro
staff-coverage-kind = Tipo de serviço
staff-coverage-download = Baixar CSV
staff-coverage-download-hint = Uma linha por cidade ou povoado e tipo de serviço, com a distância até o mais próximo. Não inclui a localização de nenhum serviço.
staff-coverage-downloading = Preparando o arquivo…
staff-coverage-downloaded = Arquivo CSV baixado.
staff-coverage-by-country = cada país da região
staff-coverage-by-area = cada estado ou província de { $country }
staff-coverage-one-area = { $area } ({ $country })
staff-coverage-chart-heading = { $kind }: população perto de um serviço presencial, em { $scope }
staff-coverage-chart-label = Gráfico de barras. { $kind }: parte da população a menos de 25, 50 e 100 km de um serviço presencial, em { $scope }. Os mesmos números estão na tabela a seguir.
staff-coverage-order = Da menor para a maior cobertura.
staff-coverage-within-25 = A menos de 25 km
staff-coverage-within-50 = A menos de 50 km
staff-coverage-within-100 = A menos de 100 km
staff-coverage-percent = { $value }%
staff-coverage-table-caption = Os números do gráfico
staff-coverage-area = Zona
staff-coverage-population = População
staff-coverage-remote = Com atendimento a distância
staff-coverage-uncovered = Sem ajuda a 100 km nem a distância
staff-coverage-median = Distância mediana
staff-coverage-none-at-all = Nenhum no diretório
staff-coverage-empty = O catálogo não tem lugares nesta zona.
staff-coverage-farthest-heading = Lugares mais longe da ajuda
staff-coverage-farthest-intro = Cidades e povoados a mais de 100 km de um serviço presencial deste tipo, os mais populosos primeiro.
staff-coverage-farthest-caption = Lugares longe de: { $kind }
staff-coverage-no-farthest = Nenhum lugar fica a mais de 100 km de um serviço deste tipo.
staff-coverage-place = Lugar
staff-coverage-distance = Distância até o mais próximo
staff-coverage-yes = Sim
staff-coverage-no = Não
staff-coverage-counts-heading = Encaminhamentos registrados
staff-coverage-counts-intro = Cada encaminhamento conta só o tipo de serviço, o país, a zona, o idioma e o dia: nem pessoas nem textos. Grupos com menos de 5 não aparecem, para que ninguém possa ser identificado.
staff-coverage-counts-period = De { $from } a { $to }
staff-coverage-no-referrals = Ainda não há encaminhamentos neste período.
staff-coverage-month = Mês
staff-coverage-language = Idioma
staff-coverage-referrals = Encaminhamentos
staff-coverage-suppressed =
    { $groups ->
        [one] Mais um grupo, com poucos encaminhamentos
       *[other] Mais { $groups } grupos, cada um com poucos encaminhamentos
    }
staff-coverage-fewer-than = menos de { $min }

# Sessões e disponibilidade de profissionais de apoio (telas da equipe)
staff-sessions-heading = Suas sessões
staff-sessions-intro = Os pedidos que esperam a sua resposta e as suas próximas sessões, no seu horário local. Os dados de contato só aparecem para você.
staff-sessions-refresh = Atualizar
staff-sessions-none = Ainda não há pedidos nem sessões.
staff-sessions-requests = Pedidos para confirmar
staff-sessions-upcoming = Sessões confirmadas
staff-sessions-past = Anteriores
staff-sessions-status-requested = Esperando a sua resposta
staff-sessions-status-declined = Você recusou
staff-sessions-returning = Pessoa que retorna
staff-sessions-alias = Nome para usar: { $alias }
staff-sessions-no-alias = Sem nome
staff-sessions-contact = { $channel }: { $value }
staff-sessions-notes = Contato seguro: { $notes }
staff-sessions-suggested = Outros horários livres que você pode oferecer: { $times }
staff-sessions-confirm = Confirmar
staff-sessions-decline = Recusar
staff-sessions-complete = Aconteceu
staff-sessions-no-show = Não compareceu
staff-availability-heading = Sua disponibilidade
staff-availability-zone = Os horários estão no seu fuso horário: { $zone }.
staff-availability-weekly = Toda semana
staff-availability-day = Dia
staff-availability-from = De
staff-availability-until = Até
staff-availability-remove = Remover
staff-availability-add-window = Adicionar horário
staff-availability-time-off = Folgas
staff-availability-time-off-hint = Ninguém pode agendar com você nas suas folgas. As sessões já agendadas continuam agendadas.
staff-availability-off-from = De
staff-availability-off-until = Até
staff-availability-add-off = Adicionar folga
staff-availability-rules = Sessões
staff-availability-session = Duração da sessão (minutos)
staff-availability-buffer = Intervalo entre sessões (minutos)
staff-availability-notice = Antecedência mínima (minutos)
staff-availability-horizon = Com quantos dias de antecedência é possível agendar
staff-availability-save = Salvar disponibilidade
staff-availability-outside = { $count ->
    [one] Uma sessão agendada ficou fora do seu horário. Ela continua agendada: confirme, recuse ou mantenha a sessão na tela das suas sessões.
    [many] { $count } de sessões agendadas ficaram fora do seu horário. Elas continuam agendadas: confirme, recuse ou mantenha cada uma na tela das suas sessões.
   *[other] { $count } sessões agendadas ficaram fora do seu horário. Elas continuam agendadas: confirme, recuse ou mantenha cada uma na tela das suas sessões.
    }

# Profissionais de apoio de uma organização (telas da equipe)
staff-nav-team = Profissionais de apoio
staff-team-heading = Profissionais de apoio da sua organização
staff-team-intro = As pessoas que atendem sessões a distância pela sua organização. Cada uma entra com a própria conta para manter em dia seus horários e suas folgas.
staff-team-add = Adicionar uma pessoa
staff-team-none = Ainda não há ninguém. Adicione a primeira pessoa.
staff-team-no-account = Ainda sem conta vinculada
staff-team-account-is = Entra como { $email }
staff-team-inactive = Não recebe agendamentos
staff-team-back = Voltar aos profissionais de apoio
staff-team-edit-heading = Editar os dados da pessoa
staff-team-new-heading = Novo cadastro de profissional de apoio
staff-team-organization = Organização (id)
staff-team-name = Nome que as pessoas veem
staff-team-name-hint = Um primeiro nome ou um nome escolhido. Nunca um sobrenome.
staff-team-gender = Gênero que as pessoas veem
staff-team-gender-unspecified = Não aparece
staff-team-timezone = Fuso horário
staff-team-timezone-hint = Por exemplo, America/Lima ou America/Santiago: os horários são definidos neste fuso.
staff-team-account = Conta para entrar (e-mail)
staff-team-account-hint = Uma conta com o papel de profissional de apoio na sua organização. Deixe em branco para vincular depois.
staff-team-active = Recebe agendamentos
staff-team-hours-hint = A pessoa define seus horários semanais e suas folgas depois de entrar com a própria conta.
staff-team-save = Salvar

# The chat room of a chat session
booking-chat-link = Abrir o chat

## Equipe: linhas de ajuda por país (administração)

staff-nav-lifelines = Linhas de ajuda
staff-lifelines-heading = Linhas de ajuda por país
staff-lifelines-intro = Corrija os números de um país quando algum mudar. Cada número precisa da página pública onde você o leu e do dia em que você o leu. A alteração aparece no app na hora e fica registrada com o seu nome.
staff-lifelines-country = País
staff-lifelines-shipped = Estes são os números que vêm com o Ruta.
staff-lifelines-corrected = Corrigido em { $date }.
staff-lifelines-revert = Voltar aos números que vêm com o Ruta
staff-lifelines-revert-yes = Sim, remover a correção
staff-lifelines-emergency = Números de emergência
staff-lifelines-lines = Linhas de ajuda
staff-lifelines-number = Número, do jeito que se disca no país
staff-lifelines-purpose = Para que serve
staff-lifelines-focus = Para quem é
staff-lifelines-name = Nome da linha
staff-lifelines-organisation = Quem é responsável por ela
staff-lifelines-whatsapp = Número de WhatsApp, com + e código do país
staff-lifelines-sms = Número para enviar SMS
staff-lifelines-web-chat = Endereço do chat pela internet
staff-lifelines-channels = Formas de entrar em contato
staff-lifelines-voice = Ligação
staff-lifelines-whatsapp-channel = WhatsApp
staff-lifelines-sms-channel = SMS
staff-lifelines-web-chat-channel = Chat pela internet
staff-lifelines-open-24h = Funciona 24 horas
staff-lifelines-free = Gratuita
staff-lifelines-unknown = A fonte não diz
staff-lifelines-yes = Sim
staff-lifelines-no = Não
staff-lifelines-hours = Horário, como a fonte informa
staff-lifelines-languages = Idiomas (códigos como es, qu)
staff-lifelines-source-url = Fonte: endereço da página na internet
staff-lifelines-source-title = Fonte: título da página
staff-lifelines-checked-on = Dia em que você verificou
staff-lifelines-status = Grau de certeza
staff-lifelines-verified = Verificado: uma página oficial ou confiável e recente
staff-lifelines-unverified = Não confirmado
staff-lifelines-add-number = Adicionar um número
staff-lifelines-add-line = Adicionar uma linha
staff-lifelines-remove = Remover
staff-lifelines-save = Salvar a correção
staff-lifelines-bad-date = Cada item precisa do dia em que você o verificou ({ $field }).

# Administration (admins only)
staff-nav-admin = Administração
staff-admin-heading = Administração
staff-admin-registrations = Organizações aguardando aprovação
staff-admin-no-registrations = Nenhuma organização está aguardando aprovação.
staff-admin-no-applicant = Nenhuma conta pediu junto com ela.
staff-admin-asked-by = Pedido por: { $emails }
staff-admin-registered-on = Registrada em { $date }
staff-admin-website = Site: { $url }
staff-admin-approve = Aprovar
staff-admin-decline = Recusar
staff-admin-confirm-approve = Aprovar { $name }? Seus editores poderão entrar e publicar serviços na hora.
staff-admin-approve-yes = Sim, aprovar
staff-admin-confirm-decline = Recusar { $name }? Quem pediu vai ler o seu motivo ao tentar entrar.
staff-admin-reason = Motivo
staff-admin-reason-hint = Com palavras que o solicitante entenda; até 500 caracteres.
staff-admin-reason-needed = Escreva primeiro o motivo (até 500 caracteres).
staff-admin-decline-yes = Sim, recusar
staff-admin-cancel = Cancelar
staff-admin-approved = { $name } foi aprovada.
staff-admin-declined = { $name } foi recusada.
staff-role-admin = Administrador
staff-role-ngo_editor = Editor da organização
staff-role-operator = Atendente da linha de ajuda
staff-role-counsellor = Profissional de apoio
staff-account-active = Ativa
staff-account-disabled = Desativada
staff-account-pending = Aguardando aprovação
staff-admin-confirm-disable = Desativar { $email }? A pessoa não poderá mais entrar e as sessões abertas terminam.
staff-admin-confirm-activate = Reativar { $email }? A pessoa poderá entrar de novo.
staff-admin-confirm-revoke = Encerrar a sessão de { $email } em todos os lugares? Cada sessão aberta desta conta termina agora (um telefone perdido ou roubado).
staff-admin-confirm-role = Tornar { $email } { $role }?
staff-admin-yes = Sim, fazer
staff-admin-revoked = { $email } não tem mais sessões abertas ({ $count } sessões encerradas).
staff-admin-changed = { $email } foi alterada.
staff-admin-disable = Desativar
staff-admin-activate = Reativar
staff-admin-revoke = Encerrar todas as sessões
staff-admin-change-role = Mudar função
staff-admin-role = Função
staff-admin-organization = Organização
staff-admin-no-organization = Nenhuma (administradores e atendentes)
staff-admin-organization-hint = Editores e profissionais de apoio pertencem a uma organização; administradores e atendentes, a nenhuma.
staff-admin-accounts = Contas
staff-admin-search = Buscar por e-mail
staff-admin-any = Todas
staff-admin-no-accounts = Nenhuma conta corresponde.
staff-admin-new-account = Criar uma conta
staff-admin-create = Criar a conta
staff-admin-created = Conta criada para { $email }. A senha:
staff-admin-password-once = Ela aparece só desta vez: entregue-a agora à pessoa por um canal seguro.
error-registration_declined = Um administrador recusou o registro da sua organização. Motivo: { $reason }
staff-admin-parts = Partes da administração
staff-audit-heading = Registro de alterações
staff-audit-person = Pessoa (parte do e-mail)
staff-audit-record = Identificador do registro
staff-audit-action = Ação
staff-audit-from = De (dia)
staff-audit-to = Até (dia, incluído)
staff-audit-show = Mostrar
staff-audit-csv = Baixar CSV
staff-audit-none = Nenhuma alteração corresponde a estes filtros.
staff-audit-field = Campo
staff-audit-before = Antes
staff-audit-after = Depois
staff-audit-yes = Sim
staff-audit-no = Não
staff-audit-action-approve = Organização aprovada
staff-audit-action-disable = Conta desativada
staff-audit-action-activate = Conta reativada
staff-audit-action-register = Registro recebido
staff-audit-action-import = Arquivo importado
staff-audit-action-availability = Disponibilidade alterada
staff-audit-action-correct = Linhas de ajuda corrigidas
staff-audit-action-revert = Linhas de ajuda restauradas
staff-audit-action-decline = Registro recusado
staff-audit-action-change_role = Função alterada
staff-audit-action-revoke_sessions = Sessões encerradas em todos os lugares
staff-audit-action-referral_status = Encaminhamento respondido
staff-audit-action-other = Outra alteração
staff-terms-heading = Tabela de termos
staff-terms-hint = Como as categorias de outros diretórios viram os tipos de ajuda e as pessoas atendidas do Ruta ao importar um arquivo. Cada importação usa esta tabela (depois de uma tabela dentro do arquivo) e depois a do Ruta. Baixe-a, edite-a numa planilha e envie-a inteira; depois verifique um arquivo na tela de importação para ver o que ela faz.
staff-terms-status = Linhas: { $rows }. Salva em { $date }.
staff-terms-none = Este servidor ainda não tem tabela própria: as importações usam a do Ruta (linhas: { $rows }).
staff-terms-download = Baixar a tabela deste servidor
staff-terms-built-in = Baixar a tabela do Ruta para começar
staff-terms-file = Tabela para enviar (CSV)
staff-terms-save = Salvar a tabela
staff-terms-choose = Primeiro escolha um arquivo CSV.
staff-terms-unreadable = Este arquivo não pode ser lido como texto. Salve-o na planilha como CSV (UTF-8).
staff-terms-saved = Tabela salva (linhas: { $rows }). A próxima importação a usa.
staff-terms-bad-cell = A linha { $line }, coluna { $column } não está certa: um valor que o Ruta não conhece, uma coluna que falta ou uma linha que não leva a nada. Nada foi salvo. A tabela do Ruta mostra as colunas e os valores que ele conhece.
staff-terms-too-long = A tabela passa de 200 KB. Nada foi salvo.
staff-audit-entity-service = Serviço
staff-audit-entity-organization = Organização
staff-audit-entity-referral = Encaminhamento
staff-audit-entity-user = Conta
staff-audit-entity-import = Importação
staff-audit-entity-counsellor = Profissional de apoio
staff-audit-entity-lifelines = Linhas de ajuda
staff-admin-reports-intro = Problemas que as pessoas relataram sobre serviços de qualquer organização e que ninguém resolveu ainda, primeiro os que esperam há mais tempo.
staff-admin-last-admin = Esta é a última conta de administrador ativa: primeiro torne outra conta administradora.

## Warm referrals (issue 18): the console's form, the inbox and the sent list.
staff-nav-referrals = Encaminhamentos
staff-referral-heading = Encaminhamentos
staff-referral-intro = Encaminhamentos enviados com o consentimento da pessoa. A organização que recebe o encaminhamento responde aqui; quem o enviou só vê em que situação ele está.
staff-referral-inbox = Recebidos pela sua organização
staff-referral-inbox-empty = Nenhum encaminhamento recebido.
staff-referral-inbox-kept = Tudo o que se refere a um encaminhamento é apagado { $days } dias depois de ele ser encerrado ou recusado.
staff-referral-sent = Encaminhamentos que você enviou
staff-referral-sent-empty = Você ainda não enviou nenhum encaminhamento.
staff-referral-sent-on = Enviado em { $date }
staff-referral-for = Para { $service }: { $needs }
staff-referral-from = De: { $from }
staff-referral-from-hotline = linha de ajuda
staff-referral-accept = Aceitar
staff-referral-decline = Recusar
staff-referral-reason = Motivo da recusa
staff-referral-contacted = Conseguimos falar com a pessoa
staff-referral-close = Encerrar
staff-referral-changed = Outra pessoa respondeu a este encaminhamento nesse meio-tempo: a caixa de entrada aparece de novo.
staff-referral-deleted-on = Será apagado em { $date }
staff-referral-status-new = Novo
staff-referral-status-accepted = Aceito
staff-referral-status-declined = Recusado
staff-referral-status-contacted = Pessoa contatada
staff-referral-status-closed = Encerrado
staff-referral-status-unknown = Situação que esta versão não conhece
staff-referral-urgency-routine = Nos próximos dias
staff-referral-urgency-soon = Hoje ou amanhã
staff-referral-urgency-urgent = Urgente: agora
staff-referral-reason-no_capacity = Não há vaga nem horário livre
staff-referral-reason-outside_area = Fora da área que atendemos
staff-referral-reason-not_eligible = Nosso serviço não é para esta pessoa
staff-referral-reason-need_not_offered = Não oferecemos aquilo de que ela precisa
staff-referral-reason-served_elsewhere = Outra organização já apoia a pessoa
staff-warm-heading = Enviar um encaminhamento acompanhado
staff-warm-intro = Com o consentimento da pessoa, { $organization } recebe o que você escrever aqui e responde pela caixa de entrada da organização. Escreva só o necessário para que ela possa agir.
staff-warm-consent = A pessoa concordou que { $organization } receba este encaminhamento
staff-warm-needs = Do que precisa
staff-warm-urgency = Com que urgência
staff-warm-alias = Um nome para chamar a pessoa (não o nome de registro)
staff-warm-channel = Um jeito seguro de falar com ela
staff-warm-no-contact = Nenhum: a pessoa vai entrar em contato
staff-warm-contact = Número ou endereço
staff-warm-contact-notes = Orientações para um contato seguro (por exemplo: sem correio de voz, só depois das 18h)
staff-warm-consent-contact = A pessoa concordou em ser contatada por este meio
staff-warm-note = Nota para a organização
staff-warm-note-hint = Sem nomes nem endereços: no máximo 500 caracteres.
staff-warm-send = Enviar o encaminhamento
staff-warm-sent = Enviado para { $service }. Acompanhe a situação em Encaminhamentos.

## Notifications (issue 18): the staff outbox screen — the channels banner, each delivery's status, previews.
staff-nav-notifications = Notificações
staff-notify-heading = Notificações
staff-notify-intro = O que o Ruta avisa à equipe e às pessoas que agendaram, e em que situação está cada envio. Quem recebe não aparece aqui; a prévia mostra o endereço parcialmente oculto.
staff-notify-channels-none = Nenhum canal está configurado (nem servidor de e-mail, nem gateway de SMS), então as notificações não são enviadas: elas só ficam listadas aqui, marcadas como “retidas”.
staff-notify-channels-email-only = Os e-mails são enviados. Nenhum gateway de SMS está configurado, então SMS e mensagens de WhatsApp não são enviados: só ficam listados aqui, marcados como “retidos”.
staff-notify-channels-gateway-only = SMS e mensagens de WhatsApp são enviados. Nenhum servidor de e-mail está configurado, então os e-mails não são enviados: só ficam listados aqui, marcados como “retidos”.
staff-notify-channels-all = E-mails, SMS e mensagens de WhatsApp são enviados.
staff-notify-list = Últimas notificações, as mais recentes primeiro
staff-notify-empty = Ainda não há notificações.
staff-notify-attempts = Tentativas de envio: { $count }
staff-notify-queued = Entrou na fila: { $date }
staff-notify-sent-at = Enviada: { $date }
staff-notify-next-try = Próxima tentativa: { $date }
staff-notify-last-error = Último erro: { $error }
staff-notify-preview = Prévia
staff-notify-preview-hide = Ocultar prévia
staff-notify-retry = Tentar de novo
staff-notify-preview-to = Para
staff-notify-preview-subject = Assunto
staff-notify-preview-text = Mensagem (idioma: { $language })
staff-notify-kind-referral_new = Novo encaminhamento
staff-notify-kind-booking_new = Novo pedido de agendamento
staff-notify-kind-booking_changed = Agendamento remarcado
staff-notify-kind-booking_cancelled = Agendamento cancelado
staff-notify-kind-booking_confirmed = Consulta confirmada
staff-notify-kind-booking_reminder = Lembrete de consulta
staff-notify-kind-listing_check = Fichas a confirmar
staff-notify-status-pending = Aguardando envio
staff-notify-status-sending = Sendo enviada
staff-notify-status-sent = Enviada
staff-notify-status-failed = Falhou
staff-notify-status-held = Retida (não enviada)
staff-notify-status-cancelled = Cancelada
staff-notify-channel-email = E-mail
staff-notify-channel-sms = Mensagem de texto (SMS)
staff-notify-channel-whatsapp = WhatsApp
