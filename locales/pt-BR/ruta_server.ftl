# Textos que o próprio servidor escreve: as mensagens de erro da API quando o cliente pede um idioma
# (Accept-Language ou lang=). O app não as mostra: ele traduz o campo "code" com suas próprias mensagens.
# { $field } é o nome técnico do parâmetro, do jeito que foi enviado (lat, radius_m…).

error-invalid_parameter = O valor de “{ $field }” não é válido.
error-missing_parameter = Falta o dado “{ $field }”.
error-not_found = Não há nada com esse “{ $field }”.
error-no_route = Este endereço não existe na API.
error-internal = Algo deu errado do nosso lado. Tente de novo daqui a pouco.
error-invalid_field = O campo “{ $field }” está faltando ou não é válido.
error-unauthorized = É preciso entrar na conta, ou o e-mail ou a senha estão incorretos.
error-forbidden = Esta conta não pode fazer isso.
error-account_pending = A conta está aguardando a aprovação de um administrador.
error-registration_declined = Um administrador recusou o registro da sua organização. Motivo: { $reason }
error-cross_origin = Uma alteração só é aceita a partir deste mesmo site.
error-rate_limited = Muitas tentativas. Tente de novo mais tarde.
error-conflict = “{ $field }” já está em uso.
error-slot_taken = Esse horário acabou de ser reservado. Escolha outro.
error-payload_too_large = A solicitação é grande demais: “{ $field }” passa do limite.
error-import_running = Outra importação está em andamento. Tente de novo quando ela terminar.
error-precondition_required = “{ $field }” é necessário: envie o ETag do registro como você o leu.
error-precondition_failed = Outra pessoa alterou o registro depois que você o leu. Leia-o de novo.
error-method_not_allowed = Este endereço não aceita este método.
error-unavailable = O servidor está ocupado demais. Tente de novo em alguns segundos.

## Página sem JavaScript

noscript = O Ruta precisa de JavaScript para funcionar neste navegador. Se você estiver em perigo, ligue para o número de emergência do seu país.
# What the page shows before the app starts (a slow link): leaving, the sentence that helps in danger.
preboot-exit = Sair rápido
preboot-emergency = Se você estiver em perigo, ligue para o número de emergência do seu país.
preboot-loading = Carregando…

## Calendar

# The .ics of a booking: neutral words only (no organisation, nothing about what the appointment is for).
calendar-summary = Compromisso
calendar-video = No horário indicado, abra este link para a videochamada:
calendar-phone = No horário indicado, a pessoa que vai atender você ligará para o número que você deixou. Se não deixou nenhum, ligue para a linha que aparece no Ruta.
calendar-chat = No horário indicado, abra o Ruta e entre no chat do seu compromisso.
calendar-room-pending = O link da sessão aparece no Ruta, em “Meu agendamento”, quando a pessoa que vai atender você confirmar: abra-o ali com sua referência e seu código secreto.

## Referral

# Encaminhamento (console de operadores, issue 7): a mensagem que a operadora lê ou envia por SMS a quem liga.
referral-service = Serviço: { $name }
referral-phones = Telefone: { $phones }
referral-confidential = Para a sua segurança, o endereço é confidencial. Ligue primeiro para a linha de acolhimento: { $phones }
referral-hours = Horário: { $hours }
referral-hours-always = aberto 24 horas, todos os dias
referral-address = Endereço: { $address }
referral-demo = Dado de demonstração: este serviço é fictício.
referral-day-mon = seg
referral-day-tue = ter
referral-day-wed = qua
referral-day-thu = qui
referral-day-fri = sex
referral-day-sat = sáb
referral-day-sun = dom

## Notifications

# The notification outbox (issue 18): staff messages carry no personal data; the person's messages
# (booking_confirmed, booking_reminder) are NEUTRAL — no service, counselling, psychology, trafficking, violence,
# shelter, help, session or Ruta (a test checks). See en/ruta_server.ftl.
notify-referral_new-subject = Novo encaminhamento no Ruta
notify-referral_new-body = Chegou um novo encaminhamento para a sua organização. Abra o Ruta para vê-lo.
notify-booking_new-subject = Novo pedido de agendamento no Ruta
notify-booking_new-body = Há um novo pedido de agendamento. Abra o Ruta para vê-lo.
notify-booking_changed-subject = Um agendamento mudou no Ruta
notify-booking_changed-body = Um agendamento mudou de horário. Abra o Ruta para vê-lo.
notify-booking_cancelled-subject = Um agendamento foi cancelado no Ruta
notify-booking_cancelled-body = Um agendamento foi cancelado. Abra o Ruta para vê-lo.
notify-booking_confirmed-subject = Compromisso confirmado
notify-booking_confirmed-body = Seu compromisso de { $date } às { $time } está confirmado. Referência { $reference }.
notify-booking_reminder-subject = Lembrete
notify-booking_reminder-body = Lembrete: seu compromisso é amanhã às { $time }. Referência { $reference }.
notify-listing_check-subject = Seus cadastros continuam corretos?
notify-listing_check-body =
    Seus cadastros continuam corretos? Estes cadastros da sua organização não são confirmados há 150 dias. Abra o link de um cadastro para confirmar que ele continua correto (os links valem por 30 dias); para corrigi-lo, entre no Ruta.

    { $listings }
listing-confirm-title = Confirmar um cadastro
listing-confirm-ask = “{ $name }” continua correto: horários, telefones, local e o que oferece? Se sim, confirme aqui. Para corrigir, entre no Ruta.
listing-confirm-button = Sim, continua correto
listing-confirm-done = Obrigado: “{ $name }” está confirmado.
listing-confirm-invalid = Este link não funciona. Entre no Ruta para confirmar seus cadastros.
listing-confirm-expired = Este link expirou. Entre no Ruta para confirmar seus cadastros.
listing-confirm-later = Não foi possível confirmar o cadastro agora. Tente de novo em alguns minutos.
