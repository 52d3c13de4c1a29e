# pt: expiry messages (password-expiry reminders).
# A data de expiração com a sua preposição, tal como surge a seguir a «expira»:
# «a 5 de dezembro de 2026». $day, $month (1-12) e $year são números.
expiry-on-date = a { $day } de { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { $year }
expiry-notice-subject = A sua palavra-passe expira { $date }
expiry-notice =
    A palavra-passe da sua conta { $username } ({ $institution }) expira { $date }, daqui a { $days ->
        [one] um dia
       *[other] { $days } dias
    }.
    Altere-a antes dessa data na página de alteração da palavra-passe:
    { $url }
    A nova palavra-passe passa a funcionar de imediato em todos os serviços que utilizam esta conta. Depois da alteração, lembre-se de atualizar as palavras-passe guardadas nos seus navegadores, nos programas de email e nas definições de Wi-Fi.
expiry-notice-helpdesk = Precisa de ajuda? Contacte o serviço de apoio: { $helpdesk }
expiry-notice-sms = { $institution }: a palavra-passe de { $username } expira { $date }. Altere-a em { $url }
