# ruff: noqa: E501
"""Demo course: cybersecurity and data protection in practice (FR/EN).

Plain literals only (see /tmp/courses_content_schema.md and courses/demo.py for the format).
The faculty and the vignettes are fictional; the vignettes contain no identifiers.
"""

from __future__ import annotations

_FR = {
    "title": "Cybersécurité et protection des données au quotidien",
    "summary": "Hameçonnage, rançongiciels, mots de passe, e-CPS et Pro Santé Connect, messagerie sécurisée, hygiène des postes, sauvegardes, objets connectés : les réflexes qui protègent vos patients, et la conduite à tenir en cas d'incident.",
    "audience": "Médecins, infirmiers, pharmaciens et sages-femmes, en cabinet, en officine ou en établissement, sans compétence technique particulière.",
    "objectives": [
        "Reconnaître un hameçonnage et comprendre comment un rançongiciel paralyse un établissement ou un cabinet.",
        "Protéger ses accès : phrases de passe, gestionnaire de mots de passe, double authentification, carte CPS et e-CPS avec Pro Santé Connect.",
        "Choisir le bon canal pour échanger des données de santé (messagerie sécurisée de santé plutôt que messagerie grand public) et l'expliquer au patient.",
        "Appliquer les règles d'hygiène des postes, des appareils mobiles et des objets connectés, et organiser des sauvegardes qui résistent à un rançongiciel.",
        "Réagir à un incident : isoler, alerter, passer en mode dégradé, signaler à l'ARS le cas échéant, notifier la CNIL dans les 72 heures quand c'est requis et informer les patients.",
    ],
    "lessons": [
        {
            "title": "Hameçonnage et rançongiciels : comprendre la menace",
            "summary": "Comment les attaques touchent les établissements et les cabinets, et comment repérer un message piégé.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "La santé, une cible de choix"],
                [
                    "paragraph",
                    "<p>Plusieurs hôpitaux français ont été paralysés par des rançongiciels : Dax et Villefranche-sur-Saône en 2021, le centre hospitalier Sud Francilien à Corbeil-Essonnes en 2022, parmi d'autres. Déprogrammations, transferts de patients, retour au papier pendant des semaines et, dans certains cas, publication de données de patients.</p><p>Les cabinets, officines et laboratoires sont touchés aussi, plus discrètement : messagerie piratée qui envoie des courriels frauduleux aux correspondants, poste chiffré, fraude au changement de coordonnées bancaires. La santé attire les attaquants parce que ses données se revendent, que l'interruption des soins met une forte pression pour payer, et que ses systèmes sont nombreux, hétérogènes et utilisés par beaucoup de monde.</p>",
                ],
                [
                    "paragraph",
                    "<p>Le déroulé typique d'une attaque par rançongiciel :</p><ol><li><strong>Entrée</strong> : un courriel piégé, un mot de passe volé ou réutilisé, un accès à distance mal protégé, un équipement non mis à jour.</li><li><strong>Installation et propagation</strong>, souvent pendant des jours ou des semaines, sans signe visible.</li><li><strong>Vol des données</strong>, puis <strong>chiffrement</strong> des fichiers et des sauvegardes accessibles.</li><li><strong>Demande de rançon</strong>, avec la menace de publier les données volées (double extorsion).</li></ol>",
                ],
                [
                    "key_point",
                    {
                        "title": "Le geste humain est en première ligne",
                        "text": "<p>Beaucoup d'attaques commencent par un geste ordinaire : cliquer sur un lien, saisir un mot de passe, ouvrir une pièce jointe. Le bon réflexe ne demande aucune compétence technique : <strong>s'arrêter, vérifier, signaler</strong>. Un clic malheureux signalé dans les cinq minutes cause bien moins de dégâts qu'un clic caché.</p>",
                    },
                ],
                ["heading", "Reconnaître un hameçonnage"],
                [
                    "paragraph",
                    "<p>Les signes qui doivent faire douter :</p><ul><li><strong>urgence ou menace</strong> : « votre carte sera désactivée sous 24 heures », « dernier rappel » ;</li><li>un <strong>expéditeur</strong> dont l'adresse ne correspond pas à l'organisme (regardez ce qui suit le @, pas seulement le nom affiché) ;</li><li>un <strong>lien</strong> dont l'adresse réelle, visible au survol sans cliquer, ne correspond pas au site officiel ;</li><li>une <strong>pièce jointe inattendue</strong> : facture, « résultats », « ordonnance », archive compressée, document qui demande d'« activer le contenu » ;</li><li>une demande d'<strong>identifiants, de codes</strong>, de validation d'une notification d'authentification, ou de changement de coordonnées bancaires ;</li><li>un message qui usurpe un confrère, un patient ou le service informatique.</li></ul><p>Le même piège arrive par SMS ou par téléphone (faux support technique). En cas de doute, vérifiez par un autre canal : rappelez l'organisme ou le collègue au numéro que vous connaissez, jamais celui indiqué dans le message.</p>",
                ],
                [
                    "vignette",
                    {
                        "title": "Le courriel de la fausse Assurance maladie",
                        "text": "<p>Un lundi matin, dans une maison de santé, plusieurs professionnels reçoivent un courriel aux couleurs de l'Assurance maladie : « Votre carte professionnelle expire. Pour éviter l'interruption de vos télétransmissions, reconfirmez vos identifiants avant vendredi. » Le lien mène à une page de connexion très ressemblante. Un médecin, pressé entre deux consultations, y a déjà saisi son identifiant et son mot de passe de messagerie.</p>",
                        "question": "Que faut-il faire maintenant, et dans quel ordre ?",
                        "discussion": "<p>D'abord limiter les dégâts : le médecin change <strong>immédiatement</strong> le mot de passe du compte concerné, et celui de tout autre service où il l'aurait réutilisé, puis active la double authentification si ce n'est pas déjà fait. Il prévient sans attendre le référent ou le prestataire informatique, qui vérifie les connexions récentes et les règles de transfert créées sur la messagerie.</p><p>Ensuite protéger les autres : prévenir toute l'équipe, supprimer le message des boîtes, le signaler (par exemple sur signal-spam.fr ; pour un SMS, en le transférant au 33700). Si l'attaquant a pu accéder à la messagerie et donc à des courriers de patients, il s'agit peut-être d'une violation de données à évaluer (voir la leçon 4). Aucun organisme sérieux ne demande de « reconfirmer » des identifiants par un lien dans un courriel. Et pas de reproche au médecin : c'est son signalement rapide qui protège l'équipe.</p>",
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "Lesquels de ces éléments doivent vous alerter dans un message ?",
                        "options": [
                            {
                                "text": "Une menace de désactivation de votre compte si vous n'agissez pas avant ce soir.",
                                "correct": True,
                                "feedback": "Oui : l'urgence artificielle vise à vous empêcher de réfléchir et de vérifier.",
                            },
                            {
                                "text": "Un lien dont l'adresse réelle, au survol, ne correspond pas au site de l'organisme.",
                                "correct": True,
                                "feedback": "Oui : c'est l'un des signes les plus fiables. Dans le doute, passez par le site officiel que vous connaissez.",
                            },
                            {
                                "text": "Une demande de validation d'une notification d'authentification que vous n'avez pas déclenchée.",
                                "correct": True,
                                "feedback": "Oui : quelqu'un tente de se connecter avec votre mot de passe. Refusez, changez le mot de passe et signalez.",
                            },
                            {
                                "text": "La réponse attendue d'un confrère, dans le fil d'un échange que vous avez commencé sur la messagerie sécurisée de santé.",
                                "correct": False,
                                "feedback": "Ce contexte est rassurant. Restez attentif seulement si le contenu est inhabituel (pièce jointe étrange, demande d'argent ou de codes).",
                            },
                        ],
                    },
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>Une patiente âgée vous montre un SMS : « Votre carte Vitale expire, commandez la nouvelle en réglant 1,99 € de frais via ce lien. » Elle hésite à payer.</p>",
                        "say": [
                            "C'est une arnaque : l'Assurance maladie ne vous demande pas vos coordonnées bancaires par SMS ou par courriel pour votre carte Vitale.",
                            "Ne cliquez pas sur le lien et ne répondez pas. Vous pouvez transférer le SMS au 33700, c'est le numéro de signalement des SMS frauduleux.",
                            "Si vous avez déjà saisi votre carte bancaire, appelez votre banque tout de suite pour faire opposition.",
                            "Pour toute question sur votre carte Vitale, passez par votre compte ameli ou appelez votre caisse au numéro habituel.",
                        ],
                        "avoid": [
                            "« Ce n'est pas mon domaine » : ces fraudes visent précisément vos patients, et votre parole compte pour eux.",
                            "« Vous auriez dû le voir, c'est évident » : la honte empêche de demander de l'aide la prochaine fois.",
                        ],
                    },
                ],
            ],
        },
        {
            "title": "Identité numérique et échanges : mots de passe, e-CPS, messagerie sécurisée",
            "summary": "Protéger ses accès avec des phrases de passe et la double authentification, utiliser Pro Santé Connect, et choisir le bon canal pour échanger.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "Des mots de passe qui tiennent"],
                [
                    "paragraph",
                    "<p>Un mot de passe volé sur un site sert à tenter d'ouvrir tous les autres. Quelques règles suffisent :</p><ul><li><strong>un mot de passe différent par service</strong>, au moins pour la messagerie, le logiciel métier et les comptes d'administration ;</li><li><strong>long plutôt que compliqué</strong> : une phrase de passe de plusieurs mots est plus robuste et plus facile à retenir qu'un mot court truffé de symboles (au moins 12 caractères, davantage quand le service n'offre pas de double authentification) ;</li><li>un <strong>gestionnaire de mots de passe</strong> pour ne pas avoir à tous les retenir ;</li><li>jamais de mot de passe sous le clavier ni partagé entre collègues : <strong>chacun son compte</strong>, c'est ce qui rend les accès aux dossiers traçables.</li></ul>",
                ],
                [
                    "paragraph",
                    "<p>La <strong>double authentification</strong> associe quelque chose que vous savez (le mot de passe) à quelque chose que vous possédez (téléphone, carte) ou que vous êtes. Même si le mot de passe est volé, l'attaquant reste bloqué. Activez-la en priorité sur la messagerie, les accès à distance et les comptes d'administration.</p><p>Deux pièges à connaître : ne validez <strong>jamais</strong> une notification de connexion que vous n'avez pas déclenchée, même si elle se répète, et ne communiquez jamais un code reçu par SMS, même à un interlocuteur qui se présente comme le support informatique.</p>",
                ],
                ["heading", "Carte CPS, e-CPS et Pro Santé Connect"],
                [
                    "paragraph",
                    "<p>La <strong>carte CPS</strong> et son code personnel constituent déjà une authentification forte : une carte que vous détenez, un code que vous connaissez. L'<strong>e-CPS</strong> en est la version dématérialisée, dans une application sur votre smartphone. <strong>Pro Santé Connect</strong>, le service d'authentification opéré par l'Agence du numérique en santé, permet de se connecter avec l'e-CPS ou la carte CPS aux services numériques en santé qui l'ont adopté, sans créer un identifiant et un mot de passe de plus par service.</p><p>Bonnes pratiques : ne jamais prêter sa carte ni communiquer son code, retirer la carte du lecteur en quittant le poste, protéger par un code le téléphone qui porte l'e-CPS, et signaler sans délai la perte ou le vol de la carte ou du téléphone.</p>",
                ],
                [
                    "key_point",
                    {
                        "title": "Chacun son identité",
                        "text": "<p>Une carte CPS laissée dans le lecteur pour toute l'équipe, ou une session ouverte au nom du médecin toute la journée, c'est laisser n'importe qui agir et consulter des dossiers <strong>en votre nom</strong>. La traçabilité des accès protège les patients, et vous protège aussi.</p>",
                    },
                ],
                ["heading", "Messagerie sécurisée de santé ou messagerie grand public ?"],
                [
                    "paragraph",
                    "<p>Les messageries sécurisées de santé (<strong>MSSanté</strong>) forment un espace de confiance : seuls des opérateurs autorisés y échangent, les adresses des professionnels figurent dans l'annuaire santé, et les messages s'intègrent au logiciel métier. Un professionnel peut aussi écrire au patient dans la messagerie de son espace Mon espace santé.</p><p>Les messageries grand public (WhatsApp, SMS, adresse électronique personnelle) ne sont pas faites pour cela, même lorsqu'elles chiffrent les messages de bout en bout : messages et photos restent dans le téléphone personnel, partent souvent dans sa sauvegarde en ligne, ne rejoignent pas le dossier, et sont exposés en cas de perte du téléphone ou d'erreur de destinataire dans un groupe. Règle simple : une donnée de santé identifiante passe par la messagerie sécurisée de santé ou par l'outil de l'établissement, jamais par un compte personnel.</p>",
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>Un patient suivi à domicile pour un ulcère de jambe propose à l'infirmière de lui envoyer chaque jour une photo de sa plaie sur WhatsApp.</p>",
                        "say": [
                            "C'est une bonne idée de suivre l'évolution en photo, mais je préfère ne pas les recevoir sur WhatsApp : elles resteraient sur mon téléphone personnel, et ce n'est pas fait pour ça.",
                            "Je vais vous écrire sur la messagerie de Mon espace santé : vous pourrez me répondre et joindre vos photos de façon sécurisée.",
                            "Si la plaie change brusquement, devient rouge, chaude ou très douloureuse, appelez le cabinet sans attendre le message.",
                        ],
                        "avoid": [
                            "« Envoyez sur mon WhatsApp, c'est plus simple » : pratique, mais les photos finissent dans votre galerie personnelle et parfois dans votre sauvegarde en ligne.",
                            "« C'est interdit » sans proposer d'alternative : le patient enverra quand même, ou renoncera à un envoi utile.",
                        ],
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "Une infirmière veut transmettre au médecin traitant la photo d'une plaie qui s'aggrave. Quel canal choisir ?",
                        "options": [
                            {
                                "text": "Son WhatsApp personnel, puisque les messages sont chiffrés de bout en bout.",
                                "correct": False,
                                "feedback": "Le chiffrement protège le transport, pas le téléphone : la photo reste dans des appareils et des sauvegardes personnels, hors du dossier.",
                            },
                            {
                                "text": "La messagerie sécurisée de santé, depuis son logiciel ou l'application professionnelle.",
                                "correct": True,
                                "feedback": "Oui : c'est le canal prévu pour échanger des données de santé entre professionnels.",
                            },
                            {
                                "text": "Un SMS au médecin avec le nom du patient en légende.",
                                "correct": False,
                                "feedback": "Non : le SMS n'offre aucune garantie, et le nom associé à la photo identifie directement le patient.",
                            },
                            {
                                "text": "Sa messagerie électronique personnelle, en renommant le fichier avec des initiales.",
                                "correct": False,
                                "feedback": "Non : une adresse personnelle n'est pas un canal de confiance, et des initiales restent identifiantes.",
                            },
                        ],
                    },
                ],
            ],
        },
        {
            "title": "Postes, appareils, sauvegardes et objets connectés",
            "summary": "Quelques habitudes qui évitent la plupart des incidents du quotidien, et des sauvegardes qui tiennent face à un rançongiciel.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "Le poste de travail"],
                [
                    "paragraph",
                    "<ul><li><strong>Mises à jour</strong> du système, du navigateur et du logiciel métier dès qu'elles sont proposées : de nombreuses attaques exploitent des failles corrigées depuis des mois.</li><li><strong>Écran verrouillé</strong> chaque fois que vous quittez le poste (touche Windows + L ; sur Mac, Ctrl + Cmd + Q), et verrouillage automatique après quelques minutes d'inactivité.</li><li>Écran orienté hors de la vue des patients et de la salle d'attente.</li><li>Travail courant avec un compte <strong>sans droits d'administrateur</strong> ; antivirus actif et à jour.</li><li>Usage professionnel uniquement : pas de téléchargements personnels sur le poste du cabinet.</li><li>Wi-Fi « invités » séparé du réseau du cabinet.</li></ul>",
                ],
                [
                    "paragraph",
                    "<p><strong>Ordinateurs portables, téléphones, clés USB.</strong> Chiffrez le disque des portables (BitLocker sous Windows, FileVault sous macOS) : un portable chiffré perdu reste un incident, mais pas une fuite de données. Protégez les téléphones par un code et activez l'effacement à distance. Ne branchez jamais une clé USB trouvée ou offerte ; si vous devez transporter des données, utilisez un support chiffré et effacez-le après usage, ou mieux, un partage sécurisé.</p>",
                ],
                [
                    "key_point",
                    {
                        "title": "Verrouiller, mettre à jour, chiffrer",
                        "text": "<p>Ces trois habitudes, qui ne coûtent presque rien, évitent la majorité des incidents du quotidien : le dossier consulté par un tiers sur un poste resté ouvert, la faille connue exploitée, le portable volé qui devient une fuite de données.</p>",
                    },
                ],
                ["heading", "Sauvegardes : la vraie assurance contre le rançongiciel"],
                [
                    "paragraph",
                    "<p>Appliquez la règle <strong>3-2-1</strong> : trois copies des données, sur deux supports différents, dont une hors ligne ou hors site. Les rançongiciels cherchent et chiffrent les sauvegardes qu'ils peuvent atteindre : au moins une copie doit être <strong>déconnectée ou non modifiable</strong>. Un dossier synchronisé dans le cloud n'est pas une sauvegarde : il recopie fidèlement les fichiers chiffrés.</p><p><strong>Testez la restauration</strong> régulièrement ; une sauvegarde jamais restaurée est une promesse, pas une garantie. Une sauvegarde externalisée de données de santé doit être confiée à un hébergeur certifié HDS. Sachez qui s'en occupe (vous, votre prestataire) et combien de temps il faudrait pour repartir.</p>",
                ],
                ["heading", "Objets connectés : au cabinet et chez le patient"],
                [
                    "paragraph",
                    "<p><strong>Au cabinet</strong> (électrocardiographe, tensiomètre ou dermatoscope connectés, imprimantes, stockage réseau, box) : changez les mots de passe par défaut, appliquez les mises à jour du micrologiciel, tenez un inventaire et isolez ces équipements sur un réseau séparé quand c'est possible.</p><p><strong>Chez le patient</strong> (lecteur de glucose, pompe à insuline, balance, stimulateur ou défibrillateur implanté télésurveillé) : application officielle uniquement, téléphone verrouillé, mises à jour acceptées, compte partagé seulement avec des personnes choisies. Les fabricants publient des correctifs de sécurité : en 2017, un fabricant de stimulateurs cardiaques a ainsi dû diffuser une mise à jour du micrologiciel, installée lors d'une consultation de suivi. Relayez ces consignes sans dramatiser : le bénéfice clinique de ces dispositifs reste largement supérieur au risque.</p>",
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>Une patiente diabétique vient de s'équiper d'un capteur de glucose relié à une application sur son téléphone. Elle demande si « on peut le pirater ».</p>",
                        "say": [
                            "Le risque existe pour tout appareil connecté, mais il est faible si vous prenez quelques habitudes simples.",
                            "Gardez votre téléphone verrouillé par un code : il contient maintenant des informations sur votre santé.",
                            "Installez l'application seulement depuis le magasin officiel, acceptez les mises à jour, et ne partagez votre compte qu'avec les personnes que vous choisissez.",
                            "Si une valeur vous paraît bizarre ou ne correspond pas à ce que vous ressentez, vérifiez par une glycémie au bout du doigt et appelez-nous.",
                        ],
                        "avoid": [
                            "« Ces appareils se piratent facilement » : inquiète sans aider, et peut faire abandonner un dispositif utile.",
                            "« Ne vous occupez pas des mises à jour » : elles corrigent souvent des failles de sécurité.",
                        ],
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "Le portable d'un médecin remplaçant, qui contient des courriers de patients, est volé dans sa voiture. Quel élément change le plus la gravité de l'incident ?",
                        "options": [
                            {
                                "text": "Le disque était chiffré et la session protégée par un mot de passe robuste.",
                                "correct": True,
                                "feedback": "Oui : sans la clé, les données sont inexploitables ; le risque pour les patients devient faible. L'incident doit tout de même être documenté.",
                            },
                            {
                                "text": "L'ordinateur était récent et d'une marque réputée.",
                                "correct": False,
                                "feedback": "Non : la marque ou l'âge ne protègent pas les données d'un disque non chiffré.",
                            },
                            {
                                "text": "Les courriers étaient rangés dans un dossier nommé « Personnel ».",
                                "correct": False,
                                "feedback": "Non : le nom du dossier n'empêche personne de le lire.",
                            },
                        ],
                    },
                ],
            ],
        },
        {
            "title": "En cas d'incident : réagir, signaler, informer",
            "summary": "Les premières minutes, les déclarations obligatoires (ARS, CNIL) et l'information des patients.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "Les premières minutes"],
                [
                    "paragraph",
                    "<ol><li><strong>Isoler</strong> : débranchez le câble réseau et coupez le Wi-Fi de l'appareil suspect. Ne l'éteignez pas et ne le réinitialisez pas, sauf consigne contraire : vous effaceriez des traces utiles à l'enquête.</li><li><strong>Alerter</strong> immédiatement le référent ou le prestataire informatique et la direction ; ne tentez pas de « nettoyer » seul.</li><li><strong>Passer en mode dégradé</strong> : procédures papier prévues à l'avance (prescriptions, planning, transmission des résultats par téléphone), avec la sécurité des patients pour priorité.</li><li><strong>Ne pas payer la rançon</strong> : rien ne garantit la restitution des données ni leur non-publication, et c'est la position constante des autorités.</li><li><strong>Noter</strong> heure par heure ce qui a été constaté et fait.</li></ol>",
                ],
                [
                    "key_point",
                    {
                        "title": "Signaler vite, sans honte",
                        "text": "<p>Celui qui signale son clic dans les minutes qui suivent rend service à tous. Une culture non punitive du signalement est l'une des meilleures protections d'une équipe. Préparez aussi, avant tout incident, une fiche papier : numéros utiles, procédures de mode dégradé, emplacement des sauvegardes.</p>",
                    },
                ],
                ["heading", "Qui prévenir, et dans quels délais ?"],
                [
                    "paragraph",
                    "<ul><li><strong>Établissements de santé</strong> (ainsi que laboratoires de biologie médicale et centres de radiothérapie) : tout incident grave de sécurité des systèmes d'information doit être signalé <strong>sans délai à l'agence régionale de santé</strong>, sur le portail de signalement des événements sanitaires indésirables. Le CERT Santé, rattaché à l'Agence du numérique en santé, analyse ces signalements et peut aider la structure.</li><li><strong>Violation de données personnelles</strong> : notification à la <strong>CNIL dans les 72 heures</strong> après en avoir pris connaissance, sauf si elle n'est pas susceptible d'engendrer un risque pour les personnes ; la notification peut être complétée ensuite. Toute violation, notifiée ou non, est consignée dans un registre interne.</li><li><strong>Patients</strong> : ils sont informés directement, dans les meilleurs délais, lorsque la violation présente un risque élevé pour eux.</li><li><strong>Plainte</strong> auprès de la police ou de la gendarmerie.</li><li>En cabinet ou en officine : votre prestataire, et <strong>cybermalveillance.gouv.fr</strong> pour un premier diagnostic et des prestataires de proximité.</li></ul>",
                ],
                [
                    "paragraph",
                    "<p><strong>Qu'est-ce qu'une violation de données ?</strong> Un incident de sécurité qui entraîne, accidentellement ou illicitement, la destruction, la perte, l'altération ou la divulgation de données personnelles, ou un accès non autorisé à ces données. Exemples : un rançongiciel qui rend les dossiers inaccessibles, même sans vol ; un portable non chiffré perdu ; un compte rendu adressé au mauvais patient ; un courriel parti au mauvais destinataire ; un collègue qui consulte un dossier sans raison de soin. Toutes ne justifient pas une notification, mais toutes s'évaluent et se consignent.</p>",
                ],
                [
                    "vignette",
                    {
                        "title": "Vendredi, 18 heures, au cabinet infirmier",
                        "text": "<p>Dans un cabinet de trois infirmières libérales, l'ordinateur du bureau affiche un message : les fichiers ont été chiffrés, une rançon est demandée, et les données « seront publiées ». L'ordinateur est relié à un disque réseau où se trouvent aussi les sauvegardes. Les tournées du lendemain sont planifiées dans le logiciel.</p>",
                        "question": "Que faites-vous dans l'heure qui suit, puis dans les jours suivants ?",
                        "discussion": "<p>Dans l'heure : débrancher l'ordinateur et le disque réseau du réseau sans les éteindre, appeler le prestataire, ne pas payer. Reconstituer la tournée du lendemain (téléphones portables, dernières feuilles imprimées, appels aux patients et aux médecins si besoin) : la continuité des soins passe avant tout.</p><p>Dans les jours suivants : porter plainte, se faire aider (prestataire, cybermalveillance.gouv.fr), établir quelles données sont touchées. La menace de publication laisse craindre un vol : c'est une violation de données à notifier à la CNIL dans les 72 heures qui suivent la découverte, week-end compris, quitte à compléter ensuite. Si des données de santé ont été volées, le risque pour les patients est élevé : il faut les informer. La restauration se fait à partir d'une sauvegarde saine et déconnectée, après nettoyage, avec changement de tous les mots de passe. Leçon à retenir : une sauvegarde restée connectée a toutes les chances d'être chiffrée elle aussi.</p>",
                    },
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>Après une attaque avec vol de données au cabinet, vous appelez les patients concernés. L'un d'eux s'inquiète.</p>",
                        "say": [
                            "Je préfère vous le dire directement : des données de notre cabinet ont été volées lors d'une attaque informatique, et les vôtres en font partie.",
                            "Voici ce qui a été touché : votre nom, vos coordonnées et vos dates de rendez-vous. Nous avons porté plainte, prévenu la CNIL et renforcé notre sécurité.",
                            "Méfiez-vous des messages ou des appels qui citeraient ces informations pour vous demander de l'argent ou des codes : ne répondez pas et prévenez-nous.",
                            "Si vous avez des questions, vous pouvez m'appeler directement à ce numéro.",
                        ],
                        "avoid": [
                            "« Ce n'est rien, tout le monde se fait pirater » : minimise un risque réel et empêche le patient de se protéger.",
                            "« Les pirates ont supprimé les données » : vous n'en savez rien ; ne promettez que ce que vous savez.",
                        ],
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "Parmi ces situations, lesquelles sont des violations de données personnelles ?",
                        "options": [
                            {
                                "text": "Un rançongiciel rend les dossiers patients inaccessibles pendant deux jours, sans vol démontré.",
                                "correct": True,
                                "feedback": "Oui : l'indisponibilité des données est une violation, même sans fuite.",
                            },
                            {
                                "text": "Un compte rendu est envoyé par erreur à un autre patient.",
                                "correct": True,
                                "feedback": "Oui : c'est une divulgation non autorisée, à évaluer et à consigner.",
                            },
                            {
                                "text": "Un portable au disque chiffré est perdu ; la clé n'a pas été compromise.",
                                "correct": True,
                                "feedback": "Oui, c'est une violation (perte de données), mais le risque est faible : elle est consignée dans le registre et, en général, n'a pas à être notifiée.",
                            },
                            {
                                "text": "Un courriel d'hameçonnage est bloqué par le filtre, sans aucun clic.",
                                "correct": False,
                                "feedback": "Non : aucune donnée n'a été touchée. C'est une tentative, utile à signaler pour prévenir l'équipe.",
                            },
                        ],
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "À partir de quand court le délai de 72 heures pour notifier une violation de données à la CNIL ?",
                        "options": [
                            {
                                "text": "À partir du moment où l'on a pris connaissance de la violation.",
                                "correct": True,
                                "feedback": "Oui : dès que vous avez une certitude raisonnable qu'une violation a eu lieu. La notification peut être complétée par la suite.",
                            },
                            {
                                "text": "À partir de la fin de l'enquête technique.",
                                "correct": False,
                                "feedback": "Non : attendre la fin de l'enquête ferait souvent dépasser le délai. On notifie ce que l'on sait, puis on complète.",
                            },
                            {
                                "text": "À partir du premier jour ouvré suivant la découverte.",
                                "correct": False,
                                "feedback": "Non : le délai court aussi le week-end.",
                            },
                        ],
                    },
                ],
            ],
        },
    ],
    "assessment": [
        {
            "text": "Vous venez de saisir votre mot de passe de messagerie sur une page qui se révèle frauduleuse. Quelle est la première chose à faire ?",
            "multiple": False,
            "options": [
                {
                    "text": "Changer immédiatement ce mot de passe (et partout où il est réutilisé), puis prévenir le référent ou le prestataire informatique.",
                    "correct": True,
                },
                {
                    "text": "Attendre de voir si des courriels suspects partent de votre boîte.",
                    "correct": False,
                },
                {
                    "text": "Supprimer le courriel d'hameçonnage et n'en parler à personne.",
                    "correct": False,
                },
                {
                    "text": "Éteindre l'ordinateur jusqu'au lendemain.",
                    "correct": False,
                },
            ],
            "explanation": "L'attaquant dispose de votre mot de passe : le changer sans délai coupe son accès, et le signalement permet de vérifier les connexions et de protéger le reste de l'équipe.",
        },
        {
            "text": "Quelles pratiques renforcent réellement la sécurité de vos accès ? (plusieurs réponses)",
            "multiple": True,
            "options": [
                {
                    "text": "Utiliser une longue phrase de passe différente pour chaque service important.",
                    "correct": True,
                },
                {
                    "text": "Utiliser un gestionnaire de mots de passe.",
                    "correct": True,
                },
                {
                    "text": "Réutiliser partout un même mot de passe très complexe.",
                    "correct": False,
                },
                {
                    "text": "Activer la double authentification sur la messagerie et les accès à distance.",
                    "correct": True,
                },
            ],
            "explanation": "La longueur, l'unicité et la double authentification protègent ; un mot de passe réutilisé, même complexe, ouvre tous les comptes dès qu'il est volé sur un seul site.",
        },
        {
            "text": "À 2 heures du matin, votre téléphone affiche plusieurs demandes de validation de connexion à votre messagerie, que vous n'avez pas déclenchées. Que faites-vous ?",
            "multiple": False,
            "options": [
                {
                    "text": "J'en valide une pour faire cesser les notifications.",
                    "correct": False,
                },
                {
                    "text": "Je refuse, je change mon mot de passe et je signale l'incident.",
                    "correct": True,
                },
                {
                    "text": "J'ignore les demandes : la double authentification suffit.",
                    "correct": False,
                },
                {
                    "text": "Je désactive la double authentification, qui semble défaillante.",
                    "correct": False,
                },
            ],
            "explanation": "Ces demandes signifient que quelqu'un possède votre mot de passe. Les refuser bloque l'attaque, mais seul le changement du mot de passe y met fin ; le signalement permet de vérifier qu'aucun accès n'a abouti.",
        },
        {
            "text": "Qu'est-ce que l'e-CPS ?",
            "multiple": False,
            "options": [
                {
                    "text": "La version dématérialisée de la carte CPS, sur smartphone, qui permet de s'authentifier notamment via Pro Santé Connect.",
                    "correct": True,
                },
                {
                    "text": "Une messagerie sécurisée réservée aux établissements de santé.",
                    "correct": False,
                },
                {
                    "text": "Un mot de passe unique partagé par l'équipe d'un cabinet.",
                    "correct": False,
                },
                {
                    "text": "Un certificat de formation en cybersécurité.",
                    "correct": False,
                },
            ],
            "explanation": "L'e-CPS est l'identité numérique du professionnel sur smartphone ; avec Pro Santé Connect, elle permet de se connecter aux services numériques en santé sans multiplier les identifiants. Elle est strictement personnelle.",
        },
        {
            "text": "Vous devez adresser à un cardiologue les résultats d'examens d'un patient. Quel canal utilisez-vous ?",
            "multiple": False,
            "options": [
                {
                    "text": "La messagerie sécurisée de santé.",
                    "correct": True,
                },
                {
                    "text": "Votre adresse électronique personnelle, en écrivant « confidentiel » dans l'objet.",
                    "correct": False,
                },
                {
                    "text": "Une application de messagerie grand public chiffrée de bout en bout.",
                    "correct": False,
                },
                {
                    "text": "Un SMS avec le nom du patient et les résultats.",
                    "correct": False,
                },
            ],
            "explanation": "La messagerie sécurisée de santé est conçue pour les échanges de données de santé entre professionnels et s'intègre au dossier. Le chiffrement d'une application grand public ne règle ni le stockage sur un appareil personnel ni les sauvegardes hors de tout cadre de soin.",
        },
        {
            "text": "Quelles pratiques relèvent d'une bonne hygiène du poste et des supports ? (plusieurs réponses)",
            "multiple": True,
            "options": [
                {
                    "text": "Verrouiller l'écran chaque fois que l'on quitte le poste.",
                    "correct": True,
                },
                {
                    "text": "Installer rapidement les mises à jour proposées.",
                    "correct": True,
                },
                {
                    "text": "Brancher une clé USB trouvée sur le parking pour identifier son propriétaire.",
                    "correct": False,
                },
                {
                    "text": "Chiffrer le disque des ordinateurs portables.",
                    "correct": True,
                },
            ],
            "explanation": "Verrouiller, mettre à jour et chiffrer évitent la plupart des incidents courants. Une clé inconnue est un moyen classique d'infecter un poste : on ne la branche jamais.",
        },
        {
            "text": "Quelle organisation des sauvegardes protège le mieux un cabinet contre un rançongiciel ?",
            "multiple": False,
            "options": [
                {
                    "text": "Un dossier synchronisé en permanence avec un service de stockage en ligne.",
                    "correct": False,
                },
                {
                    "text": "Un second disque branché en permanence sur l'ordinateur.",
                    "correct": False,
                },
                {
                    "text": "Plusieurs copies, dont une déconnectée ou non modifiable, avec des tests de restauration réguliers.",
                    "correct": True,
                },
                {
                    "text": "Une copie mensuelle conservée sur la même machine.",
                    "correct": False,
                },
            ],
            "explanation": "Un rançongiciel chiffre tout ce qu'il atteint, y compris les disques connectés et les dossiers synchronisés. Seule une copie hors ligne ou non modifiable, dont on a vérifié la restauration, permet de repartir.",
        },
        {
            "text": "Un message de rançon s'affiche sur un poste du service. Quel est le bon premier réflexe ?",
            "multiple": False,
            "options": [
                {
                    "text": "Éteindre et redémarrer le poste pour voir si le message disparaît.",
                    "correct": False,
                },
                {
                    "text": "Déconnecter le poste du réseau sans l'éteindre, puis alerter immédiatement le référent informatique.",
                    "correct": True,
                },
                {
                    "text": "Payer rapidement pour limiter l'interruption des soins.",
                    "correct": False,
                },
                {
                    "text": "Continuer à travailler sur les autres postes et en parler à la prochaine réunion.",
                    "correct": False,
                },
            ],
            "explanation": "Isoler le poste limite la propagation, le laisser allumé préserve des traces utiles, et l'alerte immédiate permet de déclencher la réponse et le mode dégradé. Payer ne garantit rien et reste déconseillé par les autorités.",
        },
        {
            "text": "Un hôpital subit un rançongiciel ; des données de patients ont été volées. Quelles démarches sont requises ? (plusieurs réponses)",
            "multiple": True,
            "options": [
                {
                    "text": "Signaler sans délai l'incident à l'agence régionale de santé, via le portail de signalement.",
                    "correct": True,
                },
                {
                    "text": "Notifier la violation à la CNIL dans les 72 heures suivant sa découverte.",
                    "correct": True,
                },
                {
                    "text": "Informer les patients concernés, compte tenu du risque élevé.",
                    "correct": True,
                },
                {
                    "text": "Attendre la fin de l'enquête pour faire la moindre déclaration.",
                    "correct": False,
                },
            ],
            "explanation": "Un établissement de santé signale sans délai les incidents graves à l'ARS ; la violation de données est notifiée à la CNIL dans les 72 heures, quitte à compléter ensuite ; et le vol de données de santé présente un risque élevé qui impose d'informer les patients.",
        },
        {
            "text": "Le cabinet vient d'installer un électrocardiographe connecté au réseau, livré avec le mot de passe « admin ». Que faites-vous ?",
            "multiple": False,
            "options": [
                {
                    "text": "Rien : un appareil médical est forcément sécurisé par le fabricant.",
                    "correct": False,
                },
                {
                    "text": "Changer le mot de passe par défaut, appliquer les mises à jour et, si possible, l'isoler sur un réseau séparé.",
                    "correct": True,
                },
                {
                    "text": "Le relier au Wi-Fi invités pour qu'il soit accessible partout.",
                    "correct": False,
                },
                {
                    "text": "Noter le mot de passe sur l'appareil pour les remplaçants.",
                    "correct": False,
                },
            ],
            "explanation": "Les mots de passe par défaut sont publics et figurent dans les notices : les changer, mettre à jour et cloisonner le réseau sont les mesures de base pour tout équipement connecté.",
        },
        {
            "text": "Un patient vous montre un SMS lui demandant de payer des frais par carte bancaire pour renouveler sa carte Vitale. Que lui dites-vous ?",
            "multiple": False,
            "options": [
                {
                    "text": "Que c'est probablement légitime si le message mentionne son nom.",
                    "correct": False,
                },
                {
                    "text": "Que c'est une arnaque, de ne pas cliquer, de le signaler au 33700 et d'appeler sa banque s'il a déjà payé.",
                    "correct": True,
                },
                {
                    "text": "De répondre au SMS pour demander des précisions.",
                    "correct": False,
                },
                {
                    "text": "Que ce sujet ne concerne pas les soignants.",
                    "correct": False,
                },
            ],
            "explanation": "L'Assurance maladie ne demande pas de coordonnées bancaires par SMS pour la carte Vitale. Les fraudeurs utilisent souvent des informations personnelles pour paraître crédibles ; le 33700 sert à signaler les SMS frauduleux.",
        },
    ],
}

_EN = {
    "title": "Cybersecurity and data protection in everyday practice",
    "summary": "Phishing, ransomware, passwords, e-CPS and Pro Santé Connect, secure messaging, workstation hygiene, backups and connected devices: the habits that protect your patients, and what to do when an incident happens.",
    "audience": "Physicians, nurses, pharmacists and midwives working in a practice, a pharmacy or a hospital, with no particular technical background.",
    "objectives": [
        "Recognise phishing and understand how ransomware paralyses a hospital or a practice.",
        "Protect your accounts: passphrases, password managers, multi-factor authentication, the CPS card and e-CPS with Pro Santé Connect.",
        "Choose the right channel for exchanging health data (secure health messaging rather than consumer messaging apps) and explain it to patients.",
        "Apply good hygiene to workstations, mobile devices and connected devices, and organise backups that survive ransomware.",
        "Respond to an incident: isolate, alert, switch to downtime procedures, report to the regional health agency where applicable, notify the CNIL within 72 hours when required, and inform patients.",
    ],
    "lessons": [
        {
            "title": "Phishing and ransomware: understanding the threat",
            "summary": "How attacks hit hospitals and practices, and how to spot a booby-trapped message.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "Health care, a prime target"],
                [
                    "paragraph",
                    "<p>Several French hospitals have been paralysed by ransomware: Dax and Villefranche-sur-Saône in 2021, the Centre hospitalier Sud Francilien in Corbeil-Essonnes in 2022, among others. Cancelled operations, patients transferred elsewhere, weeks back on paper and, in some cases, patient data published online.</p><p>Practices, pharmacies and laboratories are hit too, more quietly: a hacked mailbox sending fraudulent emails to correspondents, an encrypted workstation, fraud through a change of bank details. Health care attracts attackers because its data sell, because interrupted care puts heavy pressure on victims to pay, and because its systems are numerous, heterogeneous and used by many people.</p>",
                ],
                [
                    "paragraph",
                    "<p>The typical course of a ransomware attack:</p><ol><li><strong>Entry</strong>: a booby-trapped email, a stolen or reused password, poorly protected remote access, an unpatched device.</li><li><strong>Settling in and spreading</strong>, often for days or weeks, with no visible sign.</li><li><strong>Data theft</strong>, then <strong>encryption</strong> of files and of any backups within reach.</li><li><strong>Ransom demand</strong>, with the threat of publishing the stolen data (double extortion).</li></ol>",
                ],
                [
                    "key_point",
                    {
                        "title": "People are the front line",
                        "text": "<p>Many attacks start with an ordinary action: clicking a link, typing a password, opening an attachment. The right reflex needs no technical skill: <strong>stop, check, report</strong>. An unlucky click reported within five minutes does far less damage than one kept quiet.</p>",
                    },
                ],
                ["heading", "Recognising phishing"],
                [
                    "paragraph",
                    "<p>Signs that should make you suspicious:</p><ul><li><strong>urgency or threats</strong>: “your card will be deactivated within 24 hours”, “final reminder”;</li><li>a <strong>sender</strong> whose address does not match the organisation (look at what follows the @, not just the display name);</li><li>a <strong>link</strong> whose real address, shown on hover without clicking, does not match the official site;</li><li>an <strong>unexpected attachment</strong>: an invoice, “results”, a “prescription”, a compressed archive, a document asking you to “enable content”;</li><li>a request for <strong>credentials or codes</strong>, to approve an authentication prompt, or to change bank details;</li><li>a message impersonating a colleague, a patient or the IT department.</li></ul><p>The same trap arrives by text message or by phone (fake technical support). When in doubt, check through another channel: call the organisation or the colleague on the number you already know, never the one given in the message.</p>",
                ],
                [
                    "vignette",
                    {
                        "title": "The email from the fake health insurance fund",
                        "text": "<p>On a Monday morning, several professionals in a multidisciplinary primary care centre receive an email branded as the national health insurance (Assurance maladie): “Your professional card is expiring. To avoid interruption of your electronic claims, reconfirm your credentials before Friday.” The link leads to a very convincing login page. A GP, rushing between two consultations, has already entered his email username and password.</p>",
                        "question": "What needs to happen now, and in what order?",
                        "discussion": "<p>First, limit the damage: the GP changes the password of the affected account <strong>immediately</strong>, and of any other service where he reused it, then turns on multi-factor authentication if it is not already on. He alerts the IT contact or provider straight away, who checks recent logins and any forwarding rules created in the mailbox.</p><p>Next, protect the others: warn the whole team, delete the message from everyone's inbox, and report it (in France, for example, on signal-spam.fr; for a text message, by forwarding it to 33700). If the attacker could get into the mailbox, and therefore into letters about patients, this may be a personal data breach to assess (see lesson 4). No legitimate organisation asks you to “reconfirm” your credentials through a link in an email. And no blame for the GP: his quick report is what protects the team.</p>",
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "Which of these should raise your suspicion in a message?",
                        "options": [
                            {
                                "text": "A threat to deactivate your account unless you act before tonight.",
                                "correct": True,
                                "feedback": "Yes: artificial urgency is meant to stop you thinking and checking.",
                            },
                            {
                                "text": "A link whose real address, on hover, does not match the organisation's website.",
                                "correct": True,
                                "feedback": "Yes: this is one of the most reliable signs. If in doubt, go through the official site you know.",
                            },
                            {
                                "text": "A request to approve an authentication prompt you did not trigger.",
                                "correct": True,
                                "feedback": "Yes: someone is trying to log in with your password. Deny it, change the password and report it.",
                            },
                            {
                                "text": "The expected reply from a colleague, in a thread you started on secure health messaging.",
                                "correct": False,
                                "feedback": "This context is reassuring. Stay alert only if the content is unusual (odd attachment, request for money or codes).",
                            },
                        ],
                    },
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>An older patient shows you a text message: “Your Carte Vitale is expiring; order your new one by paying a €1.99 fee via this link.” She is about to pay.</p>",
                        "say": [
                            "It's a scam: the health insurance fund doesn't ask for your bank details by text or email for your Carte Vitale.",
                            "Don't click the link and don't reply. You can forward the text to 33700, the number for reporting fraudulent texts.",
                            "If you've already entered your card details, call your bank right away to block the card.",
                            "For anything about your Carte Vitale, use your ameli account or call your local fund on the usual number.",
                        ],
                        "avoid": [
                            "“That's not my area”: these scams target your patients precisely, and your word carries weight with them.",
                            "“You should have seen it, it's obvious”: shame stops people asking for help next time.",
                        ],
                    },
                ],
            ],
        },
        {
            "title": "Digital identity and communication: passwords, e-CPS, secure messaging",
            "summary": "Protect your accounts with passphrases and multi-factor authentication, use Pro Santé Connect, and choose the right channel for exchanges.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "Passwords that hold up"],
                [
                    "paragraph",
                    "<p>A password stolen from one site is used to try to open all the others. A few rules are enough:</p><ul><li><strong>a different password for each service</strong>, at least for email, the practice software and administrator accounts;</li><li><strong>long rather than complicated</strong>: a passphrase of several words is stronger and easier to remember than a short word stuffed with symbols (at least 12 characters, more when the service offers no multi-factor authentication);</li><li>a <strong>password manager</strong>, so you do not have to remember them all;</li><li>never a password under the keyboard or shared between colleagues: <strong>everyone has their own account</strong>, which is what makes access to records traceable.</li></ul>",
                ],
                [
                    "paragraph",
                    "<p><strong>Multi-factor authentication</strong> combines something you know (the password) with something you have (a phone, a card) or something you are. Even if the password is stolen, the attacker stays locked out. Turn it on first for email, remote access and administrator accounts.</p><p>Two traps to know: <strong>never</strong> approve a login prompt you did not trigger, even if it keeps coming back, and never give out a code received by text message, even to someone claiming to be IT support.</p>",
                ],
                ["heading", "The CPS card, e-CPS and Pro Santé Connect"],
                [
                    "paragraph",
                    "<p>The <strong>CPS card</strong> (the French health professional card) and its personal PIN already provide strong authentication: a card you hold, a code you know. <strong>e-CPS</strong> is its digital version, in an app on your smartphone. <strong>Pro Santé Connect</strong>, the authentication service run by the French digital health agency (Agence du numérique en santé), lets you log in with e-CPS or the CPS card to the digital health services that have adopted it, without creating yet another username and password for each.</p><p>Good practice: never lend your card or share its PIN, take the card out of the reader when you leave the workstation, protect the phone that holds your e-CPS with a passcode, and report the loss or theft of the card or phone without delay.</p>",
                ],
                [
                    "key_point",
                    {
                        "title": "Everyone uses their own identity",
                        "text": "<p>A CPS card left in the reader for the whole team, or a session open in the doctor's name all day, lets anyone act and look at records <strong>in your name</strong>. Traceable access protects patients, and it protects you too.</p>",
                    },
                ],
                ["heading", "Secure health messaging or consumer apps?"],
                [
                    "paragraph",
                    "<p>French secure health messaging services (<strong>MSSanté</strong>) form a trusted space: only authorised operators exchange within it, professionals' addresses are listed in the national health directory, and messages integrate with the practice software. A professional can also write to a patient in the messaging service of their Mon espace santé.</p><p>Consumer messaging (WhatsApp, text messages, a personal email address) is not designed for this, even when messages are end-to-end encrypted: messages and photos stay on a personal phone, often end up in its online backup, never reach the record, and are exposed if the phone is lost or a group gets the wrong recipient. A simple rule: identifying health data go through secure health messaging or the hospital's own tool, never through a personal account.</p>",
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>A patient receiving home care for a leg ulcer offers to send the nurse a daily photo of his wound on WhatsApp.</p>",
                        "say": [
                            "Following it with photos is a good idea, but I'd rather not receive them on WhatsApp: they would stay on my personal phone, and it isn't meant for that.",
                            "I'll write to you through the messaging in Mon espace santé: you can reply and attach your photos securely.",
                            "If the wound suddenly changes, becomes red, hot or very painful, call the practice straight away rather than sending a message.",
                        ],
                        "avoid": [
                            "“Just send it to my WhatsApp, it's easier”: convenient, but the photos end up in your personal gallery and sometimes in your online backup.",
                            "“That's not allowed” with no alternative: the patient will send them anyway, or give up on something useful.",
                        ],
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "A nurse wants to send the patient's GP a photo of a worsening wound. Which channel should she use?",
                        "options": [
                            {
                                "text": "Her personal WhatsApp, since messages are end-to-end encrypted.",
                                "correct": False,
                                "feedback": "Encryption protects the message in transit, not the phone: the photo stays on personal devices and backups, outside the record.",
                            },
                            {
                                "text": "Secure health messaging, from her practice software or the professional app.",
                                "correct": True,
                                "feedback": "Yes: this is the channel designed for exchanging health data between professionals.",
                            },
                            {
                                "text": "A text message to the GP with the patient's name as the caption.",
                                "correct": False,
                                "feedback": "No: text messages offer no safeguards, and the name attached to the photo identifies the patient directly.",
                            },
                            {
                                "text": "Her personal email, renaming the file with the patient's initials.",
                                "correct": False,
                                "feedback": "No: a personal address is not a trusted channel, and initials are still identifying.",
                            },
                        ],
                    },
                ],
            ],
        },
        {
            "title": "Workstations, devices, backups and connected devices",
            "summary": "The habits that prevent most everyday incidents, and backups that survive ransomware.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "The workstation"],
                [
                    "paragraph",
                    "<ul><li><strong>Updates</strong> to the operating system, browser and practice software as soon as they are offered: many attacks exploit flaws fixed months ago.</li><li><strong>Lock the screen</strong> every time you leave the workstation (Windows key + L; on a Mac, Ctrl + Cmd + Q), with automatic locking after a few minutes of inactivity.</li><li>Screen turned away from patients and the waiting room.</li><li>Everyday work on an account <strong>without administrator rights</strong>; antivirus on and up to date.</li><li>Professional use only: no personal downloads on the practice computer.</li><li>A “guest” Wi-Fi kept separate from the practice network.</li></ul>",
                ],
                [
                    "paragraph",
                    "<p><strong>Laptops, phones, USB sticks.</strong> Encrypt laptop disks (BitLocker on Windows, FileVault on macOS): a lost encrypted laptop is still an incident, but not a data leak. Protect phones with a passcode and turn on remote wipe. Never plug in a USB stick you found or were given; if you must carry data, use an encrypted device and wipe it after use — or, better, a secure sharing service.</p>",
                ],
                [
                    "key_point",
                    {
                        "title": "Lock, update, encrypt",
                        "text": "<p>These three habits cost almost nothing and prevent most everyday incidents: a record read by a passer-by on an unlocked screen, a known flaw exploited, a stolen laptop that turns into a data leak.</p>",
                    },
                ],
                ["heading", "Backups: the real insurance against ransomware"],
                [
                    "paragraph",
                    "<p>Follow the <strong>3-2-1</strong> rule: three copies of the data, on two different media, one of them offline or off-site. Ransomware looks for and encrypts any backup it can reach: at least one copy must be <strong>disconnected or immutable</strong>. A folder synchronised to the cloud is not a backup: it faithfully copies the encrypted files.</p><p><strong>Test restoring</strong> regularly; a backup that has never been restored is a promise, not a guarantee. An off-site backup of health data must be entrusted to an HDS-certified health data host. Know who is in charge (you or your provider) and how long it would take to get back up and running.</p>",
                ],
                ["heading", "Connected devices: in the practice and at the patient's home"],
                [
                    "paragraph",
                    "<p><strong>In the practice</strong> (connected ECG machine, blood pressure monitor or dermatoscope, printers, network storage, internet box): change default passwords, apply firmware updates, keep an inventory, and put these devices on a separate network where possible.</p><p><strong>At the patient's home</strong> (glucose sensor, insulin pump, scales, remotely monitored pacemaker or implanted defibrillator): official app only, phone locked, updates accepted, account shared only with people the patient chooses. Manufacturers publish security fixes: in 2017, for instance, a pacemaker manufacturer had to release a firmware update, installed during a follow-up visit. Pass these tips on without alarm: the clinical benefit of these devices far outweighs the risk.</p>",
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>A patient with diabetes has just started using a glucose sensor linked to an app on her phone. She asks whether “someone could hack it”.</p>",
                        "say": [
                            "Any connected device carries some risk, but it's low if you adopt a few simple habits.",
                            "Keep your phone locked with a code: it now holds information about your health.",
                            "Only install the app from the official store, accept updates, and share your account only with people you choose.",
                            "If a reading looks odd or doesn't match how you feel, check with a finger-prick test and call us.",
                        ],
                        "avoid": [
                            "“These devices are easy to hack”: worrying without helping, and may lead her to give up a useful device.",
                            "“Don't bother with updates”: they often fix security flaws.",
                        ],
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "A locum doctor's laptop, containing letters about patients, is stolen from his car. What most changes the seriousness of the incident?",
                        "options": [
                            {
                                "text": "The disk was encrypted and the session protected by a strong password.",
                                "correct": True,
                                "feedback": "Yes: without the key, the data cannot be used, so the risk to patients becomes low. The incident must still be documented.",
                            },
                            {
                                "text": "The laptop was recent and from a reputable brand.",
                                "correct": False,
                                "feedback": "No: brand and age do not protect the data on an unencrypted disk.",
                            },
                            {
                                "text": "The letters were stored in a folder named “Personal”.",
                                "correct": False,
                                "feedback": "No: a folder's name stops nobody from reading it.",
                            },
                        ],
                    },
                ],
            ],
        },
        {
            "title": "When an incident happens: respond, report, inform",
            "summary": "The first minutes, the mandatory reports (regional health agency, CNIL) and informing patients.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "The first minutes"],
                [
                    "paragraph",
                    "<ol><li><strong>Isolate</strong>: unplug the network cable and turn off the Wi-Fi of the suspect device. Do not switch it off or reset it unless told to: you would erase traces the investigation needs.</li><li><strong>Alert</strong> the IT contact or provider and management immediately; do not try to “clean it up” on your own.</li><li><strong>Switch to downtime procedures</strong>: paper procedures planned in advance (prescriptions, schedules, results by phone), with patient safety as the priority.</li><li><strong>Do not pay the ransom</strong>: nothing guarantees the data will be returned or not published, and this is the authorities' consistent advice.</li><li><strong>Write down</strong>, hour by hour, what was observed and what was done.</li></ol>",
                ],
                [
                    "key_point",
                    {
                        "title": "Report quickly, without shame",
                        "text": "<p>Whoever reports their click within minutes does everyone a favour. A no-blame reporting culture is one of a team's best protections. Before any incident, also prepare a paper sheet: key phone numbers, downtime procedures, where the backups are.</p>",
                    },
                ],
                ["heading", "Whom to notify, and how fast?"],
                [
                    "paragraph",
                    "<ul><li><strong>Health facilities</strong> (as well as medical laboratories and radiotherapy centres): any serious information-system security incident must be reported <strong>without delay to the regional health agency (ARS)</strong>, through the national portal for reporting adverse health events. CERT Santé, part of the French digital health agency, analyses these reports and can help the facility.</li><li><strong>Personal data breach</strong>: notify the <strong>CNIL within 72 hours</strong> of becoming aware of it, unless it is unlikely to result in a risk to people; the notification can be completed later. Every breach, notified or not, is recorded in an internal register.</li><li><strong>Patients</strong>: they are informed directly, without undue delay, when the breach is likely to result in a high risk to them.</li><li><strong>A criminal complaint</strong> with the police or gendarmerie.</li><li>In a practice or pharmacy: your IT provider, and <strong>cybermalveillance.gouv.fr</strong> (the French government assistance platform) for an initial diagnosis and local providers.</li></ul>",
                ],
                [
                    "paragraph",
                    "<p><strong>What is a personal data breach?</strong> A security incident leading, accidentally or unlawfully, to the destruction, loss, alteration or disclosure of personal data, or to unauthorised access to them. Examples: ransomware that makes records unavailable, even without theft; a lost unencrypted laptop; a report sent to the wrong patient; an email sent to the wrong recipient; a colleague looking at a record with no care-related reason. Not every breach has to be notified, but every one is assessed and recorded.</p>",
                ],
                [
                    "vignette",
                    {
                        "title": "Friday, 6 p.m., at a community nursing practice",
                        "text": "<p>In a practice of three self-employed nurses, the office computer displays a message: the files have been encrypted, a ransom is demanded, and the data “will be published”. The computer is linked to a network drive that also holds the backups. The next day's home visits are scheduled in the software.</p>",
                        "question": "What do you do in the next hour, and in the following days?",
                        "discussion": "<p>In the next hour: disconnect the computer and the network drive from the network without switching them off, call the IT provider, do not pay. Rebuild the next day's round (mobile phones, the last printed sheets, calls to patients and doctors if needed): continuity of care comes first.</p><p>In the following days: file a complaint, get help (IT provider, cybermalveillance.gouv.fr), establish which data are affected. The threat of publication suggests data were stolen: this is a personal data breach to notify to the CNIL within 72 hours of discovery, weekend included, even if details are added later. If health data were stolen, the risk to patients is high: they must be informed. Restore from a clean, disconnected backup after the systems have been cleaned, and change every password. The lesson: a backup that stays connected will very likely be encrypted too.</p>",
                    },
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>After an attack in which data were stolen from the practice, you call the patients affected. One of them is worried.</p>",
                        "say": [
                            "I'd rather tell you directly: data from our practice were stolen in a cyberattack, and yours are among them.",
                            "Here is what was affected: your name, contact details and appointment dates. We have filed a complaint, notified the CNIL and strengthened our security.",
                            "Be wary of messages or calls that mention this information to ask you for money or codes: don't respond, and let us know.",
                            "If you have any questions, you can call me directly on this number.",
                        ],
                        "avoid": [
                            "“It's nothing, everyone gets hacked”: plays down a real risk and stops the patient protecting themselves.",
                            "“The hackers have deleted the data”: you have no way of knowing; only promise what you know.",
                        ],
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "Which of these situations are personal data breaches?",
                        "options": [
                            {
                                "text": "Ransomware makes patient records unavailable for two days, with no proven theft.",
                                "correct": True,
                                "feedback": "Yes: data becoming unavailable is a breach, even without a leak.",
                            },
                            {
                                "text": "A report is sent to another patient by mistake.",
                                "correct": True,
                                "feedback": "Yes: it is an unauthorised disclosure, to be assessed and recorded.",
                            },
                            {
                                "text": "A laptop with an encrypted disk is lost; the key has not been compromised.",
                                "correct": True,
                                "feedback": "Yes, it is a breach (loss of data), but the risk is low: it goes in the register and usually does not need to be notified.",
                            },
                            {
                                "text": "A phishing email is blocked by the filter, with no click at all.",
                                "correct": False,
                                "feedback": "No: no data were affected. It is an attempt, worth reporting to warn the team.",
                            },
                        ],
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "From when does the 72-hour deadline for notifying a data breach to the CNIL run?",
                        "options": [
                            {
                                "text": "From the moment you become aware of the breach.",
                                "correct": True,
                                "feedback": "Yes: as soon as you are reasonably certain a breach has occurred. The notification can be completed later.",
                            },
                            {
                                "text": "From the end of the technical investigation.",
                                "correct": False,
                                "feedback": "No: waiting for the investigation to end would often mean missing the deadline. Notify what you know, then complete it.",
                            },
                            {
                                "text": "From the first working day after discovery.",
                                "correct": False,
                                "feedback": "No: the clock runs over weekends too.",
                            },
                        ],
                    },
                ],
            ],
        },
    ],
    "assessment": [
        {
            "text": "You have just typed your email password into a page that turns out to be fraudulent. What is the first thing to do?",
            "multiple": False,
            "options": [
                {
                    "text": "Change that password immediately (and wherever it is reused), then alert the IT contact or provider.",
                    "correct": True,
                },
                {
                    "text": "Wait and see whether suspicious emails go out from your mailbox.",
                    "correct": False,
                },
                {
                    "text": "Delete the phishing email and tell nobody.",
                    "correct": False,
                },
                {
                    "text": "Switch the computer off until the next day.",
                    "correct": False,
                },
            ],
            "explanation": "The attacker has your password: changing it at once cuts off their access, and reporting it lets logins be checked and the rest of the team be protected.",
        },
        {
            "text": "Which practices genuinely strengthen the security of your accounts? (select all that apply)",
            "multiple": True,
            "options": [
                {
                    "text": "Using a long, different passphrase for each important service.",
                    "correct": True,
                },
                {
                    "text": "Using a password manager.",
                    "correct": True,
                },
                {
                    "text": "Reusing the same very complex password everywhere.",
                    "correct": False,
                },
                {
                    "text": "Turning on multi-factor authentication for email and remote access.",
                    "correct": True,
                },
            ],
            "explanation": "Length, uniqueness and multi-factor authentication protect you; a reused password, however complex, opens every account once it is stolen from a single site.",
        },
        {
            "text": "At 2 a.m., your phone shows several requests to approve a login to your email that you did not trigger. What do you do?",
            "multiple": False,
            "options": [
                {
                    "text": "Approve one to make the notifications stop.",
                    "correct": False,
                },
                {
                    "text": "Deny them, change my password and report the incident.",
                    "correct": True,
                },
                {
                    "text": "Ignore them: multi-factor authentication is enough.",
                    "correct": False,
                },
                {
                    "text": "Turn off multi-factor authentication, which seems to be malfunctioning.",
                    "correct": False,
                },
            ],
            "explanation": "These requests mean someone has your password. Denying them blocks the attack, but only changing the password ends it; reporting lets others check that no access succeeded.",
        },
        {
            "text": "What is e-CPS?",
            "multiple": False,
            "options": [
                {
                    "text": "The digital version of the CPS card, on a smartphone, used to authenticate, notably through Pro Santé Connect.",
                    "correct": True,
                },
                {
                    "text": "A secure messaging service reserved for hospitals.",
                    "correct": False,
                },
                {
                    "text": "A single password shared by a practice team.",
                    "correct": False,
                },
                {
                    "text": "A cybersecurity training certificate.",
                    "correct": False,
                },
            ],
            "explanation": "e-CPS is the professional's digital identity on a smartphone; with Pro Santé Connect, it lets you log in to digital health services without multiplying usernames. It is strictly personal.",
        },
        {
            "text": "You need to send a patient's test results to a cardiologist. Which channel do you use?",
            "multiple": False,
            "options": [
                {
                    "text": "Secure health messaging.",
                    "correct": True,
                },
                {
                    "text": "Your personal email address, with “confidential” in the subject line.",
                    "correct": False,
                },
                {
                    "text": "An end-to-end encrypted consumer messaging app.",
                    "correct": False,
                },
                {
                    "text": "A text message with the patient's name and results.",
                    "correct": False,
                },
            ],
            "explanation": "Secure health messaging is designed for exchanging health data between professionals and integrates with the record. A consumer app's encryption does not solve storage on a personal device or backups outside any care framework.",
        },
        {
            "text": "Which practices are part of good workstation and media hygiene? (select all that apply)",
            "multiple": True,
            "options": [
                {
                    "text": "Locking the screen every time you leave the workstation.",
                    "correct": True,
                },
                {
                    "text": "Installing offered updates promptly.",
                    "correct": True,
                },
                {
                    "text": "Plugging in a USB stick found in the car park to identify its owner.",
                    "correct": False,
                },
                {
                    "text": "Encrypting laptop disks.",
                    "correct": True,
                },
            ],
            "explanation": "Locking, updating and encrypting prevent most common incidents. An unknown USB stick is a classic way to infect a computer: never plug one in.",
        },
        {
            "text": "Which backup arrangement best protects a practice against ransomware?",
            "multiple": False,
            "options": [
                {
                    "text": "A folder continuously synchronised with an online storage service.",
                    "correct": False,
                },
                {
                    "text": "A second disk permanently plugged into the computer.",
                    "correct": False,
                },
                {
                    "text": "Several copies, one of them disconnected or immutable, with regular restore tests.",
                    "correct": True,
                },
                {
                    "text": "A monthly copy kept on the same machine.",
                    "correct": False,
                },
            ],
            "explanation": "Ransomware encrypts everything it can reach, including connected disks and synchronised folders. Only an offline or immutable copy, whose restoration has been tested, lets you recover.",
        },
        {
            "text": "A ransom message appears on a computer in your department. What is the right first reflex?",
            "multiple": False,
            "options": [
                {
                    "text": "Switch the computer off and restart it to see if the message goes away.",
                    "correct": False,
                },
                {
                    "text": "Disconnect the computer from the network without switching it off, then alert the IT contact immediately.",
                    "correct": True,
                },
                {
                    "text": "Pay quickly to limit the disruption to care.",
                    "correct": False,
                },
                {
                    "text": "Carry on working on the other computers and raise it at the next meeting.",
                    "correct": False,
                },
            ],
            "explanation": "Isolating the computer limits the spread, leaving it on preserves useful traces, and alerting at once starts the response and downtime procedures. Paying guarantees nothing and is advised against by the authorities.",
        },
        {
            "text": "A hospital is hit by ransomware; patient data have been stolen. Which steps are required? (select all that apply)",
            "multiple": True,
            "options": [
                {
                    "text": "Report the incident without delay to the regional health agency, through the reporting portal.",
                    "correct": True,
                },
                {
                    "text": "Notify the breach to the CNIL within 72 hours of discovering it.",
                    "correct": True,
                },
                {
                    "text": "Inform the patients concerned, given the high risk.",
                    "correct": True,
                },
                {
                    "text": "Wait for the investigation to end before making any report.",
                    "correct": False,
                },
            ],
            "explanation": "A health facility reports serious incidents to the ARS without delay; the data breach is notified to the CNIL within 72 hours, with details added later if needed; and the theft of health data carries a high risk that requires informing patients.",
        },
        {
            "text": "The practice has just installed a network-connected ECG machine, delivered with the password “admin”. What do you do?",
            "multiple": False,
            "options": [
                {
                    "text": "Nothing: a medical device is necessarily secured by its manufacturer.",
                    "correct": False,
                },
                {
                    "text": "Change the default password, apply updates and, if possible, put it on a separate network.",
                    "correct": True,
                },
                {
                    "text": "Connect it to the guest Wi-Fi so it can be reached from anywhere.",
                    "correct": False,
                },
                {
                    "text": "Write the password on the device for locums.",
                    "correct": False,
                },
            ],
            "explanation": "Default passwords are public and printed in the manuals: changing them, updating and segmenting the network are the basic measures for any connected equipment.",
        },
        {
            "text": "A patient shows you a text message asking him to pay a fee by card to renew his Carte Vitale. What do you tell him?",
            "multiple": False,
            "options": [
                {
                    "text": "That it is probably genuine if the message mentions his name.",
                    "correct": False,
                },
                {
                    "text": "That it is a scam: don't click, report it to 33700, and call his bank if he has already paid.",
                    "correct": True,
                },
                {
                    "text": "To reply to the text to ask for more details.",
                    "correct": False,
                },
                {
                    "text": "That this has nothing to do with health professionals.",
                    "correct": False,
                },
            ],
            "explanation": "The health insurance fund does not ask for bank details by text for the Carte Vitale. Fraudsters often use personal details to seem credible; 33700 is the French number for reporting fraudulent texts.",
        },
    ],
}

COURSES = [
    {
        "code": "cybersecurity-data-protection",
        "topics": ["cybersecurity", "data_protection", "connected_devices"],
        "professions": ["physician", "nurse", "pharmacist", "midwife"],
        "estimated_minutes": 120,
        "pass_mark": 75,
        "max_attempts": 3,
        "release_date": "2026-11-02",
        "last_review_date": "2026-11-02",
        "expiry_date": "2028-11-02",
        "designations": [
            {"framework": "certification-periodique", "category": "bloc-2", "max_credits": "2"},
            {"framework": "dpc", "category": "gestion-des-risques", "max_credits": "2"},
            {"framework": "eaccme", "category": "elearning", "max_credits": "2"},
            {"framework": "ama-pra-1", "category": "enduring-material", "max_credits": "2"},
        ],
        "faculty": [
            {
                "name": "Dr Baptiste Orvenan",
                "credentials": "MD",
                "disclosures_fr": "Aucun lien d'intérêt déclaré.",
                "disclosures_en": "No relevant financial relationships.",
                "role_fr": "Médecin urgentiste, référent sécurité numérique de son établissement ; auteur du module (personnage fictif).",
                "role_en": "Emergency physician and digital security lead at his hospital; module author (fictional).",
            },
            {
                "name": "Nadia Verdalle",
                "credentials": "MSc",
                "disclosures_fr": "Formations rémunérées pour un prestataire de services informatiques en santé, sans lien avec le contenu de ce module.",
                "disclosures_en": "Paid training for a health IT services provider, unrelated to the content of this module.",
                "role_fr": "Responsable de la sécurité des systèmes d'information d'un groupement hospitalier ; relecture technique (personnage fictif).",
                "role_en": "Chief information security officer of a hospital group; technical review (fictional).",
            },
            {
                "name": "Étienne Rouvaillon",
                "credentials": "PharmD",
                "disclosures_fr": "Aucun lien d'intérêt déclaré.",
                "disclosures_en": "No relevant financial relationships.",
                "role_fr": "Pharmacien d'officine ; relecture pour l'exercice de ville (personnage fictif).",
                "role_en": "Community pharmacist; review for community practice (fictional).",
            },
        ],
        "translations": {"fr": _FR, "en": _EN},
    }
]
