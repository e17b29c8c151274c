"""Demo course: connected devices and remote monitoring (heart failure, diabetes), FR and EN.

Plain literals only (format: courses/demo.py). Faculty and vignettes are fictional; the vignettes
contain no patient identifiers."""

COURSES = [
    {
        "code": "connected-devices-remote-monitoring",
        "topics": [
            "connected_devices",
            "remote_monitoring",
            "telemedicine",
            "patient_communication",
        ],
        "professions": ["physician", "nurse", "pharmacist"],
        "estimated_minutes": 120,
        "pass_mark": 75,
        "max_attempts": 3,
        "release_date": "2026-09-01",
        "last_review_date": "2026-09-01",
        "expiry_date": "2028-09-01",
        "designations": [
            {"framework": "certification-periodique", "category": "bloc-1", "max_credits": "2"},
            {"framework": "dpc", "category": "formation-continue", "max_credits": "2"},
            {"framework": "eaccme", "category": "elearning", "max_credits": "2"},
            {"framework": "ama-pra-1", "category": "enduring-material", "max_credits": "2"},
        ],
        "faculty": [
            {
                "name": "Dr Mathieu Lescure",
                "credentials": "MD, cardiologue",
                "role_fr": (
                    "Cardiologue, responsable d'une équipe de télésurveillance de l'insuffisance "
                    "cardiaque ; coordination scientifique du cours (personnage fictif)."
                ),
                "role_en": (
                    "Cardiologist leading a heart failure remote monitoring team; scientific lead "
                    "for the course (fictional person)."
                ),
                "disclosures_fr": (
                    "Investigateur rémunéré (2024-2025) dans un essai promu par un fabricant de "
                    "dispositifs implantables ; n'a pas rédigé la partie consacrée aux capteurs "
                    "implantables."
                ),
                "disclosures_en": (
                    "Paid investigator (2024-2025) in a trial sponsored by an implantable device "
                    "manufacturer; did not write the section on implantable sensors."
                ),
            },
            {
                "name": "Dr Inès Carvalho",
                "credentials": "MD, endocrinologue-diabétologue",
                "role_fr": (
                    "Diabétologue ; auteure de la leçon sur la mesure continue du glucose "
                    "(personnage fictif)."
                ),
                "role_en": (
                    "Diabetologist; author of the lesson on continuous glucose monitoring "
                    "(fictional person)."
                ),
                "disclosures_fr": "Aucun lien d'intérêt déclaré.",
                "disclosures_en": "No relevant financial relationships.",
            },
            {
                "name": "Laure Pélissier",
                "credentials": "IDE, éducation thérapeutique du patient",
                "role_fr": (
                    "Infirmière de télésurveillance et d'éducation thérapeutique ; auteure de la "
                    "leçon sur l'éducation du patient et la qualité des données (personnage "
                    "fictif)."
                ),
                "role_en": (
                    "Remote monitoring and patient education nurse; author of the lesson on "
                    "patient education and data quality (fictional person)."
                ),
                "disclosures_fr": "Aucun lien d'intérêt déclaré.",
                "disclosures_en": "No relevant financial relationships.",
            },
        ],
        "translations": {
            "fr": {
                "title": "Objets connectés et télésurveillance : de l'alerte à la décision",
                "summary": (
                    "Ce que la télésurveillance apporte réellement dans l'insuffisance cardiaque "
                    "et le diabète, comment lire les données, organiser la réponse aux alertes et "
                    "accompagner le patient."
                ),
                "audience": (
                    "Médecins généralistes et spécialistes, infirmiers et pharmaciens qui suivent "
                    "des patients équipés d'objets connectés ou qui participent à une activité de "
                    "télésurveillance."
                ),
                "objectives": [
                    (
                        "Résumer ce qu'ont montré les principaux essais de télésurveillance de "
                        "l'insuffisance cardiaque, non invasive et implantable, et à quels "
                        "patients elle profite."
                    ),
                    (
                        "Lire un rapport de mesure continue du glucose : temps dans la cible, "
                        "temps sous la cible, GMI, variabilité, suffisance des données."
                    ),
                    (
                        "Organiser la réponse aux alertes : qui les traite, dans quels délais, "
                        "avec quelle escalade, dans le cadre français de la télésurveillance."
                    ),
                    (
                        "Informer le patient, recueillir son consentement et lui apprendre à "
                        "produire des données fiables."
                    ),
                    (
                        "Reconnaître les fausses alertes et les données manquantes, et ajuster "
                        "les seuils pour limiter la fatigue d'alerte."
                    ),
                ],
                "lessons": [
                    {
                        "title": (
                            "Insuffisance cardiaque : poids, symptômes, capteurs implantables et "
                            "ce qu'en disent les essais"
                        ),
                        "summary": (
                            "Les signaux qui précèdent une décompensation, les résultats "
                            "contrastés des essais et les conditions d'une télésurveillance utile."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "Repérer la congestion avant l'hospitalisation"],
                            [
                                "paragraph",
                                (
                                    "<p>La décompensation d'une insuffisance cardiaque s'installe "
                                    "souvent sur plusieurs jours, voire plusieurs semaines : les "
                                    "pressions de remplissage augmentent d'abord, puis le poids, "
                                    "puis les symptômes (essoufflement, orthopnée, œdèmes). La "
                                    "télésurveillance cherche à détecter cette dérive assez tôt "
                                    "pour adapter le traitement à domicile. Les signaux utilisés "
                                    "vont du plus simple au plus invasif "
                                    ":</p><ul><li><strong>poids quotidien et questionnaire de "
                                    "symptômes</strong> transmis par le patient ou par une "
                                    "balance connectée ;</li><li><strong>pression artérielle, "
                                    "fréquence cardiaque, ECG, saturation</strong> mesurés à "
                                    "domicile ;</li><li><strong>données des prothèses "
                                    "implantées</strong> (défibrillateurs, stimulateurs de "
                                    "resynchronisation) : arythmies, activité, impédance "
                                    "thoracique ;</li><li><strong>capteurs hémodynamiques "
                                    "implantables</strong> mesurant la pression artérielle "
                                    "pulmonaire.</li></ul>"
                                ),
                            ],
                            ["heading", "Télésurveillance non invasive : des essais contrastés"],
                            [
                                "paragraph",
                                (
                                    "<p>Les premiers grands essais ont été décevants. Dans "
                                    "Tele-HF (<em>NEJM</em>, 2010), un système téléphonique de "
                                    "déclaration quotidienne du poids et des symptômes n'a réduit "
                                    "ni les réhospitalisations ni la mortalité, et l'observance a "
                                    "diminué au fil du temps. BEAT-HF (2016), fondé sur des "
                                    "mesures connectées et des appels infirmiers, n'a pas non "
                                    "plus réduit les réhospitalisations à 180 "
                                    "jours.</p><p>L'essai allemand <strong>TIM-HF2</strong> "
                                    "(<em>Lancet</em>, 2018) a en revanche montré un bénéfice. Il "
                                    "incluait 1 538 patients en classe NYHA II ou III, "
                                    "<strong>hospitalisés pour insuffisance cardiaque dans les 12 "
                                    "mois précédents</strong>. Ils transmettaient chaque jour "
                                    "poids, pression artérielle, ECG, saturation et une "
                                    "auto-évaluation, analysés par un centre de télémédecine "
                                    "joignable 24 h/24, en lien avec le médecin traitant et le "
                                    "cardiologue. La proportion de jours perdus par "
                                    "hospitalisation cardiovasculaire non programmée ou décès est "
                                    "passée de 6,64 % à 4,88 % (rapport 0,80), et la mortalité "
                                    "toutes causes a été réduite.</p><p>Ce qui distingue TIM-HF2 "
                                    ": des patients à haut risque, une transmission automatisée "
                                    "et complète, une équipe capable d'agir vite et un suivi "
                                    "structuré. La télésurveillance n'est pas un objet : c'est "
                                    "une organisation.</p>"
                                ),
                            ],
                            ["heading", "Capteurs implantables et données des prothèses"],
                            [
                                "paragraph",
                                (
                                    "<p>La mesure de la pression artérielle pulmonaire par un "
                                    "capteur implanté permet d'agir avant la prise de poids. Dans "
                                    "CHAMPION (<em>Lancet</em>, 2011), chez des patients en "
                                    "classe NYHA III déjà hospitalisés, la gestion guidée par la "
                                    "pression a réduit les hospitalisations pour insuffisance "
                                    "cardiaque. GUIDE-HF (<em>Lancet</em>, 2021), plus large, n'a "
                                    "pas montré de réduction significative de son critère "
                                    "principal, tout en suggérant un bénéfice dans l'analyse de "
                                    "la période antérieure à la pandémie de COVID-19. MONITOR-HF "
                                    "(<em>Lancet</em>, 2023), mené aux Pays-Bas, a montré une "
                                    "amélioration de la qualité de vie et moins "
                                    "d'hospitalisations pour insuffisance cardiaque. Pour la "
                                    "surveillance fondée sur les données des défibrillateurs et "
                                    "stimulateurs, les résultats sont hétérogènes selon les "
                                    "essais.</p><p>Les recommandations européennes de 2021 sur "
                                    "l'insuffisance cardiaque indiquent que la télésurveillance "
                                    "non invasive et la surveillance de la pression artérielle "
                                    "pulmonaire <strong>peuvent être envisagées</strong> chez des "
                                    "patients sélectionnés : un niveau de recommandation faible, "
                                    "cohérent avec ces résultats.</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "À retenir",
                                    "text": (
                                        "<p>La télésurveillance de l'insuffisance cardiaque "
                                        "profite surtout aux patients à haut risque "
                                        "(hospitalisation récente), quand les données arrivent de "
                                        "façon fiable et qu'une équipe réagit vite avec un plan "
                                        "d'action défini à l'avance. Un repère enseigné aux "
                                        "patients : une prise de poids de plus de 2 kg en 3 jours "
                                        "doit faire réagir.</p>"
                                    ),
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": "Une alerte de poids",
                                    "text": (
                                        "<p>Un homme de 71 ans, insuffisant cardiaque à fraction "
                                        "d'éjection réduite, hospitalisé il y a quatre mois pour "
                                        "décompensation, est télésurveillé. La plateforme signale "
                                        "une prise de 2,4 kg en 3 jours. Au téléphone, il dit "
                                        "être un peu plus essoufflé dans l'escalier et avoir les "
                                        "chevilles gonflées le soir ; il dort à plat, sans gêne "
                                        "au repos. Il a repris une alimentation plus salée "
                                        "pendant un repas de famille et prend un "
                                        "anti-inflammatoire pour une douleur de genou depuis cinq "
                                        "jours.</p>"
                                    ),
                                    "question": "Comment traitez-vous cette alerte ?",
                                    "discussion": (
                                        "<p>D'abord vérifier la mesure (même balance, le matin, "
                                        "après avoir uriné, avant le petit-déjeuner), puis "
                                        "rechercher des signes de gravité imposant un appel au 15 "
                                        ": dyspnée de repos, orthopnée, douleur thoracique, "
                                        "malaise, baisse importante de la pression artérielle. "
                                        "Ici, la congestion débutante est probable, avec deux "
                                        "facteurs déclenchants classiques : l'excès de sel et "
                                        "l'anti-inflammatoire, à arrêter. On applique le plan "
                                        "d'action prévu (par exemple une adaptation temporaire du "
                                        "diurétique décidée par le médecin), on contrôle le poids "
                                        "et les symptômes dans les 24 à 48 heures, et on trace "
                                        "l'alerte, l'appel et la décision. On informe le médecin "
                                        "traitant et on prévoit un contrôle de la kaliémie et de "
                                        "la créatinine si le diurétique est augmenté.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "Quelle affirmation résume le mieux les essais de "
                                        "télésurveillance non invasive de l'insuffisance "
                                        "cardiaque ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Tous les essais ont montré une baisse de la "
                                                "mortalité."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : Tele-HF et BEAT-HF, notamment, n'ont "
                                                "montré aucun bénéfice sur leurs critères "
                                                "principaux."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Le bénéfice dépend de la sélection des patients "
                                                "et de l'organisation : TIM-HF2, chez des "
                                                "patients récemment hospitalisés suivis par un "
                                                "centre réactif, a été positif."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Oui : les résultats sont contrastés, et les "
                                                "essais positifs associent patients à haut "
                                                "risque, données fiables et équipe capable d'agir "
                                                "rapidement."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "La télésurveillance n'a jamais montré de "
                                                "bénéfice et ne devrait pas être proposée."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : TIM-HF2 a montré une réduction des jours "
                                                "perdus et de la mortalité toutes causes, et les "
                                                "recommandations européennes permettent de "
                                                "l'envisager chez des patients sélectionnés."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "La balance connectée suffit, quelle que soit "
                                                "l'équipe qui reçoit les données."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : sans organisation capable de réagir, la "
                                                "transmission de données n'a pas d'effet démontré."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                    {
                        "title": (
                            "Diabète : lire un rapport de mesure continue du glucose et régler "
                            "les alarmes"
                        ),
                        "summary": (
                            "Temps dans la cible, temps sous la cible, GMI et variabilité : lire "
                            "un rapport dans le bon ordre, et faire des alarmes une aide plutôt "
                            "qu'une nuisance."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "Avant tout : les données sont-elles suffisantes ?"],
                            [
                                "paragraph",
                                (
                                    "<p>Un capteur de mesure continue du glucose (MCG) mesure le "
                                    "glucose interstitiel toutes les quelques minutes. Le rapport "
                                    "standardisé (profil glycémique ambulatoire, ou AGP) n'est "
                                    "interprétable que si les données couvrent au moins "
                                    "<strong>14 jours</strong> avec au moins <strong>70 % de "
                                    "temps d'enregistrement</strong>. Regardez cette ligne avant "
                                    "toute autre : un rapport troué ne reflète pas la réalité, et "
                                    "les trous surviennent souvent pendant les moments "
                                    "difficiles.</p>"
                                ),
                            ],
                            ["heading", "Les cibles du consensus international de 2019"],
                            [
                                "paragraph",
                                (
                                    "<p>Pour la plupart des adultes vivant avec un diabète de "
                                    "type 1 ou de type 2 :</p><ul><li><strong>Temps dans la "
                                    "cible</strong> (0,70 à 1,80 g/L, soit 70 à 180 mg/dL) : "
                                    "<strong>plus de 70 %</strong>, environ 16 h 48 par jour "
                                    ";</li><li><strong>Temps sous la cible</strong> (moins de "
                                    "0,70 g/L) : <strong>moins de 4 %</strong>, environ 1 heure "
                                    "par jour, dont <strong>moins de 1 %</strong> sous 0,54 g/L "
                                    "(54 mg/dL), environ 15 minutes ;</li><li><strong>Temps "
                                    "au-dessus de la cible</strong> (plus de 1,80 g/L) : moins de "
                                    "25 %, dont moins de 5 % au-dessus de 2,50 g/L "
                                    ";</li><li><strong>Coefficient de variation</strong> : 36 % "
                                    "ou moins.</li></ul><p>Pour les personnes âgées ou à haut "
                                    "risque d'hypoglycémie, les objectifs sont assouplis : temps "
                                    "dans la cible supérieur à 50 % et surtout <strong>temps sous "
                                    "0,70 g/L inférieur à 1 %</strong>. Des cibles spécifiques "
                                    "existent pendant la grossesse. Chaque tranche de 10 % de "
                                    "temps dans la cible représente environ 2 h 24 par jour.</p>"
                                ),
                            ],
                            [
                                "paragraph",
                                (
                                    "<p>Le <strong>GMI</strong> (indicateur de gestion du "
                                    "glucose) est une estimation de l'HbA1c calculée à partir du "
                                    "glucose moyen du capteur. Une moyenne de 1,54 g/L correspond "
                                    "à un GMI d'environ 7 %. Le GMI et l'HbA1c mesurée au "
                                    "laboratoire peuvent différer nettement, par exemple en cas "
                                    "d'anémie, d'hémoglobinopathie ou d'insuffisance rénale : "
                                    "l'écart n'est pas une erreur, c'est une "
                                    "information.</p><p>Un ordre de lecture pratique : suffisance "
                                    "des données, puis <strong>temps sous la cible</strong> (la "
                                    "sécurité d'abord), puis temps dans et au-dessus de la cible, "
                                    "puis le profil sur 24 heures pour repérer les moments "
                                    "problématiques (nuit, après les repas, activité "
                                    "physique).</p>"
                                ),
                            ],
                            ["heading", "Alarmes et limites de la mesure"],
                            [
                                "paragraph",
                                (
                                    "<p>Les capteurs en temps réel peuvent alerter en cas de "
                                    "glucose bas ou haut, de baisse rapide ou d'hypoglycémie "
                                    "prévue, et de perte du signal. Les alarmes sont précieuses "
                                    "chez les patients qui ne ressentent plus leurs "
                                    "hypoglycémies, la nuit, ou pour les aidants qui reçoivent "
                                    "les données. Mais des seuils mal choisis (alarme haute trop "
                                    "basse, alarmes multiples) produisent des alarmes incessantes "
                                    "que le patient finira par couper. Les seuils se décident "
                                    "avec le patient, et se revoient.</p><p>Quelques limites à "
                                    "connaître : le glucose interstitiel suit le glucose sanguin "
                                    "avec un décalage de quelques minutes, plus marqué quand la "
                                    "glycémie varie vite ; la précision est moindre dans les "
                                    "premières heures après la pose ; une pression sur le capteur "
                                    "pendant le sommeil peut provoquer de fausses hypoglycémies "
                                    "nocturnes (« hypos de compression ») ; certaines substances "
                                    "peuvent interférer selon les modèles (notice du fabricant). "
                                    "Quand les symptômes ne correspondent pas à la valeur "
                                    "affichée, on vérifie par une glycémie capillaire.</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "À retenir",
                                    "text": (
                                        "<p>Lisez d'abord la suffisance des données, puis le "
                                        "temps sous la cible : une HbA1c « parfaite » peut cacher "
                                        "des hypoglycémies répétées. Chez la personne âgée ou "
                                        "fragile, l'objectif prioritaire est un temps sous 0,70 "
                                        "g/L inférieur à 1 %.</p>"
                                    ),
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": "Une HbA1c rassurante",
                                    "text": (
                                        "<p>Une femme de 76 ans, diabétique de type 2, traitée "
                                        "par insuline basale et un sulfamide hypoglycémiant, "
                                        "porte un capteur depuis un mois. Son HbA1c est à 6,9 %. "
                                        "Le rapport sur 14 jours (94 % de données) indique : "
                                        "temps dans la cible 64 %, temps sous 0,70 g/L 7 % dont 2 "
                                        "% sous 0,54 g/L, GMI 6,8 %, coefficient de variation 41 "
                                        "%. Les valeurs basses se concentrent entre 2 h et 6 h du "
                                        "matin. Elle se plaint de fatigue au réveil.</p>"
                                    ),
                                    "question": "Quelle est votre priorité ?",
                                    "discussion": (
                                        "<p>La priorité est de réduire les hypoglycémies "
                                        "nocturnes : le temps sous la cible est sept fois "
                                        "au-dessus de l'objectif pour une patiente âgée (moins de "
                                        "1 %), et la variabilité est élevée. L'HbA1c « bonne » "
                                        "est en partie le reflet de ces hypoglycémies. Après "
                                        "avoir vérifié qu'il ne s'agit pas d'hypos de compression "
                                        "(chutes brèves et brutales quand elle dort sur le "
                                        "capteur, sans symptôme, non confirmées au doigt), on "
                                        "discute avec le médecin la réduction de l'insuline "
                                        "basale et l'arrêt du sulfamide, on vérifie le réglage de "
                                        "l'alarme basse, et on revoit le rapport après le "
                                        "changement.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "Un rapport de MCG sur 14 jours comporte 55 % de données, "
                                        "un temps dans la cible de 78 % et un temps sous la cible "
                                        "de 2 %. Que pouvez-vous en conclure ? (plusieurs "
                                        "réponses)"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Le rapport n'atteint pas le seuil de 70 % de "
                                                "données : il faut l'interpréter avec prudence."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Oui : en dessous de 70 % de temps "
                                                "d'enregistrement, les indicateurs peuvent ne pas "
                                                "refléter la réalité."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Il faut chercher pourquoi les données manquent "
                                                "(capteur décollé, oubli de scanner, téléphone "
                                                "éloigné)."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Oui : les données manquantes sont une "
                                                "information en soi, et surviennent souvent dans "
                                                "les moments à risque."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Les objectifs sont atteints, aucune action n'est "
                                                "nécessaire."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : avec 55 % de données, ces bons chiffres "
                                                "peuvent être trompeurs."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Le GMI remplace désormais l'HbA1c de laboratoire."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : le GMI est une estimation à partir du "
                                                "glucose moyen ; il complète l'HbA1c sans la "
                                                "remplacer, et les deux peuvent différer."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                    {
                        "title": (
                            "Organiser la télésurveillance : qui regarde les alertes, dans quels "
                            "délais, et le cadre français"
                        ),
                        "summary": (
                            "Une alerte n'a de valeur que si quelqu'un la traite à temps : rôles, "
                            "délais, escalade, traçabilité et cadre de droit commun depuis "
                            "juillet 2023."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "Une alerte doit toujours avoir un destinataire"],
                            [
                                "paragraph",
                                (
                                    "<p>La télésurveillance est un acte médical : un "
                                    "professionnel interprète à distance des données et prend, si "
                                    "besoin, des décisions. Avant d'équiper le premier patient, "
                                    "l'équipe doit répondre par écrit à quelques questions "
                                    "simples :</p><ul><li><strong>Qui</strong> trie les alertes "
                                    "(infirmière, infirmière en pratique avancée, médecin), et "
                                    "qui décide d'une modification de traitement "
                                    "?</li><li><strong>Quand</strong> : jours et heures de "
                                    "traitement des alertes, délai de réponse visé selon le "
                                    "niveau d'alerte, organisation des week-ends et des congés "
                                    "?</li><li><strong>Comment</strong> : vérification de la "
                                    "donnée, appel au patient, plan d'action individualisé, avis "
                                    "médical, orientation vers une consultation ou vers les "
                                    "urgences ?</li><li><strong>Avec qui</strong> : comment le "
                                    "médecin traitant, l'infirmière libérale, le pharmacien "
                                    "sont-ils informés ?</li></ul>"
                                ),
                            ],
                            [
                                "paragraph",
                                (
                                    "<p>Une <strong>escalade graduée</strong> est utile : par "
                                    "exemple, une alerte mineure est revue dans la journée "
                                    "ouvrée, une alerte importante donne lieu à un appel au "
                                    "patient le jour même, et tout signe de gravité rapporté par "
                                    "le patient conduit à l'orienter vers le 15 (ou le 112). "
                                    "Chaque alerte doit être <strong>tracée</strong> : qui l'a "
                                    "vue, quand, ce qui a été fait. Le patient doit savoir que la "
                                    "télésurveillance <strong>n'est pas un service "
                                    "d'urgence</strong> : en cas de symptôme grave, il n'attend "
                                    "pas qu'on l'appelle.</p>"
                                ),
                            ],
                            ["heading", "Le cadre français"],
                            [
                                "paragraph",
                                (
                                    "<p>Le code de la santé publique définit cinq actes de "
                                    "télémédecine : téléconsultation, téléexpertise, "
                                    "télésurveillance médicale, téléassistance médicale et "
                                    "réponse médicale apportée dans le cadre de la régulation. La "
                                    "télésurveillance a d'abord été financée à titre expérimental "
                                    "par le programme <strong>ETAPES</strong>, pour "
                                    "l'insuffisance cardiaque, l'insuffisance rénale, "
                                    "l'insuffisance respiratoire, le diabète et les prothèses "
                                    "cardiaques implantables.</p><p>Depuis le <strong>1er juillet "
                                    "2023</strong>, elle relève du <strong>droit commun</strong> "
                                    "de l'Assurance maladie (loi de financement de la sécurité "
                                    "sociale pour 2022 et décrets du 30 décembre 2022). Ses "
                                    "grands principes :</p><ul><li>l'<strong>opérateur de "
                                    "télésurveillance</strong> est un professionnel médical, qui "
                                    "peut être accompagné par d'autres professionnels de santé ; "
                                    "il <strong>déclare son activité à l'agence régionale de "
                                    "santé</strong> ;</li><li>il utilise un <strong>dispositif "
                                    "médical numérique</strong> admis au remboursement après "
                                    "évaluation par la HAS, mis à disposition par un fournisseur "
                                    "appelé <strong>exploitant</strong> ;</li><li>le financement "
                                    "repose sur des <strong>forfaits</strong> : un forfait pour "
                                    "l'opérateur, un forfait technique pour l'exploitant "
                                    ";</li><li>le patient doit être informé et y consentir ; les "
                                    "données de santé sont hébergées par un hébergeur certifié "
                                    "pour les données de santé (HDS).</li></ul>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "À retenir",
                                    "text": (
                                        "<p>Écrivez le protocole avant le premier patient : qui "
                                        "trie, qui décide, dans quels délais, que se passe-t-il "
                                        "en dehors des heures ouvrées, comment le médecin "
                                        "traitant est informé. Tracez chaque alerte. Dites au "
                                        "patient ce que l'équipe fait et ne fait pas.</p>"
                                    ),
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": "Une alerte le vendredi soir",
                                    "text": (
                                        "<p>Vous êtes infirmière dans une équipe de "
                                        "télésurveillance de l'insuffisance cardiaque dont le "
                                        "protocole prévoit le traitement des alertes du lundi au "
                                        "vendredi de 9 h à 18 h. Un vendredi à 17 h 50, une "
                                        "alerte rouge apparaît : une patiente de 80 ans a pris 3 "
                                        "kg en 2 jours et a répondu « oui » à la question « "
                                        "êtes-vous essoufflée au repos ? ».</p>"
                                    ),
                                    "question": (
                                        "Que faites-vous, et que révèle cette situation sur "
                                        "l'organisation ?"
                                    ),
                                    "discussion": (
                                        "<p>Vous appelez la patiente immédiatement. Une dyspnée "
                                        "de repos est un signe de gravité : si elle est "
                                        "confirmée, vous l'orientez vers le 15 et le tracez. Si "
                                        "elle ne peut pas être jointe, la procédure doit prévoir "
                                        "la suite (aidant, infirmière libérale, médecin de "
                                        "l'équipe). Sur le plan organisationnel, la situation "
                                        "montre qu'il faut prévoir ce qui se passe pour les "
                                        "alertes tombant juste avant la fermeture, et que les "
                                        "patients doivent savoir, par écrit, que les alertes ne "
                                        "sont pas traitées la nuit et le week-end et qu'en cas de "
                                        "symptôme grave ils appellent le 15 sans attendre.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "Concernant la télésurveillance médicale en France depuis "
                                        "le 1er juillet 2023, quelle affirmation est exacte ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Elle est prise en charge dans le droit commun, "
                                                "avec un forfait pour l'opérateur et un forfait "
                                                "technique pour l'exploitant du dispositif."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Oui : c'est le modèle de financement qui a "
                                                "succédé au programme expérimental ETAPES."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Elle reste limitée au cadre expérimental ETAPES."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : ETAPES a pris fin avec le passage dans le "
                                                "droit commun au 1er juillet 2023."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "N'importe quelle application de bien-être peut "
                                                "être utilisée et remboursée."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : il faut un dispositif médical numérique "
                                                "admis au remboursement après évaluation par la "
                                                "HAS."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Elle oblige l'équipe à répondre aux alertes 24 "
                                                "heures sur 24."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : les délais et horaires sont définis par "
                                                "l'organisation de l'opérateur ; ce qui est "
                                                "indispensable, c'est de les définir et d'en "
                                                "informer clairement le patient."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                    {
                        "title": (
                            "Éduquer, informer, recueillir le consentement, et se méfier des "
                            "fausses alertes"
                        ),
                        "summary": (
                            "Le patient produit les données : l'éduquer, l'informer honnêtement, "
                            "et reconnaître les données de mauvaise qualité et les fausses "
                            "alertes."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "Le patient est le premier producteur de données"],
                            [
                                "paragraph",
                                (
                                    "<p>La qualité de la télésurveillance dépend de gestes "
                                    "quotidiens. Pour le poids : la même balance, posée sur un "
                                    "sol dur, <strong>chaque matin, après avoir uriné et avant le "
                                    "petit-déjeuner</strong>, dans une tenue comparable. Pour un "
                                    "capteur de glucose : le site de pose, le remplacement aux "
                                    "dates prévues, la confirmation au doigt quand les symptômes "
                                    "ne correspondent pas. Vérifiez la compréhension en demandant "
                                    "au patient de reformuler ou de montrer (« Montrez-moi "
                                    "comment vous vous pesez demain matin »), et remettez les "
                                    "consignes par écrit.</p><p>Apprenez-lui aussi ce qu'il doit "
                                    "faire <strong>lui-même</strong> sans attendre l'équipe : "
                                    "reconnaître les signes de gravité, appeler le 15, appliquer "
                                    "son plan d'action personnalisé s'il en a un.</p>"
                                ),
                            ],
                            ["heading", "Informer et recueillir le consentement"],
                            [
                                "paragraph",
                                (
                                    "<p>Les actes de télémédecine, dont la télésurveillance, "
                                    "requièrent le <strong>consentement libre et éclairé</strong> "
                                    "du patient. L'information porte sur : le but de la "
                                    "surveillance ; les données recueillies ; qui les consulte, à "
                                    "quels moments et dans quels délais ; ce que l'équipe fera en "
                                    "cas d'alerte ; le fait que ce n'est pas un service d'urgence "
                                    "; l'hébergement des données par un hébergeur certifié ; ses "
                                    "droits d'accès et de rectification ; et la possibilité "
                                    "d'arrêter à tout moment sans que sa prise en charge en "
                                    "pâtisse. Notez dans le dossier que l'information a été "
                                    "donnée et le consentement recueilli.</p><p>À noter : au sens "
                                    "du RGPD, le traitement des données pour les soins ne repose "
                                    "pas sur le consentement mais sur la finalité de soins ; le "
                                    "consentement à l'acte de télésurveillance est une exigence "
                                    "distincte, propre à l'acte médical. Les deux imposent "
                                    "d'informer le patient clairement.</p>"
                                ),
                            ],
                            [
                                "patient_conversation",
                                {
                                    "situation": (
                                        "<p>Vous proposez la télésurveillance à un homme de 67 "
                                        "ans, insuffisant cardiaque, qui sort d'hospitalisation. "
                                        "Il est intéressé mais demande : « Donc vous allez me "
                                        "surveiller tout le temps ? Si j'ai un problème la nuit, "
                                        "vous le verrez ? »</p>"
                                    ),
                                    "say": [
                                        (
                                            "Chaque matin, la balance envoie votre poids et vous "
                                            "répondez à quelques questions. L'équipe regarde ces "
                                            "données les jours de semaine, en journée, et vous "
                                            "appelle si quelque chose change."
                                        ),
                                        (
                                            "Ce n'est pas une surveillance d'urgence : la nuit et "
                                            "le week-end, personne ne regarde en direct. Si vous "
                                            "êtes très essoufflé, avez mal à la poitrine ou "
                                            "faites un malaise, vous appelez le 15 sans attendre."
                                        ),
                                        (
                                            "Vos données sont hébergées de façon sécurisée et ne "
                                            "sont vues que par l'équipe qui vous suit et par "
                                            "votre médecin traitant. Vous pouvez arrêter quand "
                                            "vous le souhaitez, votre suivi continuera "
                                            "normalement."
                                        ),
                                        (
                                            "Pour vérifier que je me suis bien fait comprendre : "
                                            "pouvez-vous me redire ce que vous feriez si vous "
                                            "preniez deux kilos en trois jours ?"
                                        ),
                                    ],
                                    "avoid": [
                                        (
                                            "« Ne vous inquiétez pas, on voit tout en permanence "
                                            "» : c'est faux, et cela peut retarder un appel au 15."
                                        ),
                                        (
                                            "« Signez ici, c'est une formalité » : le "
                                            "consentement suppose une information compréhensible "
                                            "et la possibilité de refuser."
                                        ),
                                        (
                                            "« La machine vous préviendra s'il y a un problème » "
                                            ": le patient doit rester attentif à ses symptômes, "
                                            "même sans alerte."
                                        ),
                                    ],
                                },
                            ],
                            ["heading", "Qualité des données et fausses alertes"],
                            [
                                "paragraph",
                                (
                                    "<p>Une part importante des alertes ne correspond à aucun "
                                    "problème clinique. Les causes sont souvent banales : balance "
                                    "déplacée sur un tapis, pesée après le repas ou habillé, "
                                    "membre de la famille qui s'est pesé, double transmission, "
                                    "piles faibles, capteur de glucose en début de vie ou "
                                    "comprimé pendant le sommeil, connexion perdue. Avant toute "
                                    "décision, <strong>vérifiez la donnée</strong>.</p><p>À "
                                    "l'inverse, <strong>l'absence de données n'est pas une bonne "
                                    "nouvelle</strong> : un patient qui ne transmet plus peut "
                                    "être hospitalisé, malade, découragé ou en difficulté avec "
                                    "l'appareil. Les protocoles doivent prévoir une alerte sur "
                                    "les données manquantes.</p><p>Pour limiter la fatigue "
                                    "d'alerte : <strong>personnalisez les seuils</strong> (poids "
                                    "de référence mis à jour après un changement de traitement, "
                                    "objectifs glycémiques adaptés), suivez le nombre d'alertes "
                                    "et la part qui a conduit à une action, et révisez "
                                    "régulièrement les réglages en équipe.</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "À retenir",
                                    "text": (
                                        "<p>Vérifier la donnée avant de modifier un traitement ; "
                                        "considérer le silence comme un signal ; personnaliser et "
                                        "réviser les seuils ; expliquer au patient ce que "
                                        "l'équipe fait et ne fait pas.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "Un patient télésurveillé pour une insuffisance cardiaque "
                                        "ne transmet plus de poids depuis quatre jours, alors "
                                        "qu'il le faisait chaque matin. Quelle est la meilleure "
                                        "attitude ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Attendre : s'il allait mal, il aurait appelé."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : l'absence de données peut refléter une "
                                                "hospitalisation, une aggravation ou une "
                                                "difficulté technique ; le silence n'est pas une "
                                                "bonne nouvelle."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Le contacter (ou contacter son aidant) pour "
                                                "comprendre pourquoi les données manquent."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Oui : la rupture de transmission est une alerte "
                                                "à part entière, à traiter selon le protocole."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Arrêter la télésurveillance pour non-observance."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : il faut d'abord comprendre la cause ; un "
                                                "problème technique ou une difficulté du patient "
                                                "se résout souvent simplement."
                                            ),
                                        },
                                        {
                                            "text": "Augmenter le diurétique par précaution.",
                                            "correct": False,
                                            "feedback": (
                                                "Non : on ne modifie pas un traitement sans "
                                                "donnée ni évaluation clinique."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                ],
                "assessment": [
                    {
                        "text": (
                            "Quels éléments caractérisaient l'essai TIM-HF2, positif, par rapport "
                            "aux essais négatifs de télésurveillance de l'insuffisance cardiaque "
                            "? (plusieurs réponses)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": (
                                    "Des patients à haut risque, hospitalisés pour insuffisance "
                                    "cardiaque dans l'année précédente."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Un centre de télémédecine joignable en permanence, capable "
                                    "d'agir rapidement."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Une transmission quotidienne de plusieurs paramètres (poids, "
                                    "pression artérielle, ECG, saturation, auto-évaluation)."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "L'absence de lien avec le médecin traitant pour éviter les "
                                    "doublons."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "TIM-HF2 associait patients à haut risque, données complètes et "
                            "automatisées, centre réactif 24 h/24 et coordination avec le médecin "
                            "traitant et le cardiologue. Le bénéfice tient à l'organisation "
                            "autant qu'aux objets."
                        ),
                    },
                    {
                        "text": (
                            "Un patient insuffisant cardiaque télésurveillé a pris 2,5 kg en 3 "
                            "jours et se dit essoufflé au moindre effort, sans dyspnée de repos. "
                            "Quelle est la première étape ?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Vérifier la fiabilité de la pesée et évaluer les symptômes "
                                    "et signes de gravité par téléphone."
                                ),
                                "correct": True,
                            },
                            {"text": "Doubler le diurétique sans l'appeler.", "correct": False},
                            {"text": "Ignorer l'alerte, le poids varie souvent.", "correct": False},
                            {"text": "Programmer une consultation dans un mois.", "correct": False},
                        ],
                        "explanation": (
                            "On vérifie la donnée puis on évalue le patient (signes de gravité, "
                            "facteurs déclenchants) avant d'appliquer le plan d'action prévu. Une "
                            "prise de plus de 2 kg en 3 jours justifie une réaction rapide, pas "
                            "une attente."
                        ),
                    },
                    {
                        "text": (
                            "Quelle affirmation sur les capteurs de pression artérielle "
                            "pulmonaire implantables est exacte ?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Les essais ont montré des résultats favorables chez des "
                                    "patients sélectionnés, avec un critère principal non "
                                    "significatif dans GUIDE-HF ; les recommandations européennes "
                                    "de 2021 permettent de les envisager."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Ils sont recommandés chez tous les insuffisants cardiaques."
                                ),
                                "correct": False,
                            },
                            {
                                "text": "Ils n'ont jamais été évalués dans des essais randomisés.",
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Ils remplacent la surveillance clinique et le suivi du poids."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "CHAMPION et MONITOR-HF ont été favorables, GUIDE-HF n'a pas atteint "
                            "son critère principal. Le niveau de recommandation reste faible (« "
                            "peut être envisagé ») chez des patients sélectionnés."
                        ),
                    },
                    {
                        "text": (
                            "Selon le consensus international de 2019, quels objectifs "
                            "s'appliquent à la plupart des adultes diabétiques de type 1 ou 2 "
                            "utilisant un capteur ? (plusieurs réponses)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": (
                                    "Temps entre 0,70 et 1,80 g/L (70-180 mg/dL) supérieur à 70 %."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "Temps sous 0,70 g/L (70 mg/dL) inférieur à 4 %.",
                                "correct": True,
                            },
                            {
                                "text": "Temps sous 0,54 g/L (54 mg/dL) inférieur à 1 %.",
                                "correct": True,
                            },
                            {
                                "text": "Temps dans la cible de 100 %, seul objectif acceptable.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Les cibles standard sont : temps dans la cible supérieur à 70 %, "
                            "temps sous 0,70 g/L inférieur à 4 % dont moins de 1 % sous 0,54 g/L, "
                            "temps au-dessus de 1,80 g/L inférieur à 25 %. Elles sont adaptées "
                            "chez les personnes âgées ou fragiles et pendant la grossesse."
                        ),
                    },
                    {
                        "text": (
                            "Chez une patiente de 79 ans traitée par insuline, le rapport du "
                            "capteur montre un temps dans la cible de 55 % et un temps sous la "
                            "cible de 6 %. Quelle est la priorité ?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Réduire les hypoglycémies, l'objectif étant un temps sous "
                                    "0,70 g/L inférieur à 1 % chez une personne âgée."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Intensifier le traitement pour atteindre 70 % de temps dans "
                                    "la cible."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Rien : 55 % dépasse l'objectif de 50 % fixé pour les "
                                    "personnes âgées."
                                ),
                                "correct": False,
                            },
                            {"text": "Se fier uniquement à l'HbA1c.", "correct": False},
                        ],
                        "explanation": (
                            "Chez la personne âgée ou à haut risque, la sécurité prime : temps "
                            "sous la cible inférieur à 1 %, temps dans la cible supérieur à 50 %. "
                            "Intensifier le traitement aggraverait le risque d'hypoglycémie."
                        ),
                    },
                    {
                        "text": (
                            "Le GMI d'un patient est de 6,8 % alors que son HbA1c de laboratoire "
                            "est de 7,9 %. Quelle interprétation est la plus juste ?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Les deux mesures peuvent différer ; il faut rechercher une "
                                    "cause (anémie, hémoglobinopathie, insuffisance rénale, "
                                    "données insuffisantes) et tenir compte des deux."
                                ),
                                "correct": True,
                            },
                            {"text": "Le capteur est forcément défectueux.", "correct": False},
                            {"text": "Le laboratoire s'est forcément trompé.", "correct": False},
                            {
                                "text": "Le GMI est la mesure de référence et remplace l'HbA1c.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Le GMI estime l'HbA1c à partir du glucose moyen du capteur. Des "
                            "écarts existent pour des raisons biologiques ou de qualité des "
                            "données ; ce n'est pas en soi une erreur."
                        ),
                    },
                    {
                        "text": (
                            "Que doit prévoir le protocole d'une équipe de télésurveillance avant "
                            "le premier patient ? (plusieurs réponses)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": (
                                    "Qui trie les alertes et qui décide d'une modification de "
                                    "traitement."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Les horaires de traitement des alertes, les délais visés et "
                                    "l'organisation en dehors des heures ouvrées."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "La traçabilité de chaque alerte et la façon d'informer le "
                                    "médecin traitant."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "L'engagement que le patient n'aura plus jamais à appeler le "
                                    "15."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Une alerte n'a de valeur que si quelqu'un la traite à temps et trace "
                            "ce qui a été fait. La télésurveillance ne remplace pas les urgences "
                            ": le patient doit savoir appeler le 15 en cas de symptôme grave."
                        ),
                    },
                    {
                        "text": (
                            "Quelle affirmation sur le cadre français de la télésurveillance "
                            "médicale est exacte ?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Depuis le 1er juillet 2023, elle est financée en droit "
                                    "commun ; l'opérateur déclare son activité à l'ARS et utilise "
                                    "un dispositif médical numérique admis au remboursement."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Elle n'est possible que dans le cadre d'un essai clinique."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Aucun consentement du patient n'est nécessaire puisque les "
                                    "données sont hébergées de façon sécurisée."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Toute application mobile de suivi de la santé peut être "
                                    "utilisée."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Après le programme expérimental ETAPES, la télésurveillance est "
                            "entrée dans le droit commun le 1er juillet 2023, avec un forfait "
                            "opérateur et un forfait technique, un dispositif évalué par la HAS, "
                            "une déclaration à l'ARS et le consentement du patient."
                        ),
                    },
                    {
                        "text": (
                            "Lors de la présentation de la télésurveillance, quelle phrase est la "
                            "plus appropriée ?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "« L'équipe regarde vos données en semaine, en journée ; en "
                                    "cas de symptôme grave, appelez le 15 sans attendre. »"
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "« On vous surveille 24 heures sur 24, vous n'avez plus à "
                                    "vous inquiéter. »"
                                ),
                                "correct": False,
                            },
                            {"text": "« C'est une formalité, signez ici. »", "correct": False},
                            {
                                "text": (
                                    "« Si vous arrêtez la télésurveillance, nous ne pourrons plus "
                                    "vous suivre. »"
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "L'information doit être exacte (horaires, délais, ce n'est pas un "
                            "service d'urgence) et le consentement libre : le patient peut "
                            "arrêter sans conséquence sur sa prise en charge."
                        ),
                    },
                    {
                        "text": (
                            "Une équipe reçoit de nombreuses alertes de poids dont très peu "
                            "conduisent à une action. Quelles mesures sont pertinentes ? "
                            "(plusieurs réponses)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": (
                                    "Vérifier les conditions de pesée avec les patients concernés "
                                    "(moment, balance, tenue)."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Mettre à jour le poids de référence après un changement de "
                                    "traitement."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Suivre la part des alertes suivies d'une action et réviser "
                                    "les seuils en équipe."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Désactiver les alertes de données manquantes pour réduire le "
                                    "volume."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Les fausses alertes viennent souvent de mesures mal réalisées ou de "
                            "seuils non personnalisés. En revanche, l'absence de données doit "
                            "rester une alerte : un patient silencieux peut aller mal."
                        ),
                    },
                ],
            },
            "en": {
                "title": "Connected devices and remote monitoring: from alert to decision",
                "summary": (
                    "What remote monitoring really offers in heart failure and diabetes, how to "
                    "read the data, how to organise the response to alerts and how to support the "
                    "patient."
                ),
                "audience": (
                    "General practitioners and specialists, nurses and pharmacists who follow "
                    "patients using connected devices or who take part in a remote monitoring "
                    "service."
                ),
                "objectives": [
                    (
                        "Summarise what the main trials of non-invasive and implantable heart "
                        "failure monitoring showed, and which patients benefit."
                    ),
                    (
                        "Read a continuous glucose monitoring report: time in range, time below "
                        "range, GMI, variability, data sufficiency."
                    ),
                    (
                        "Organise the response to alerts: who handles them, how fast, with what "
                        "escalation, within the French remote monitoring framework."
                    ),
                    "Inform the patient, obtain consent and teach them to produce reliable data.",
                    (
                        "Recognise false alerts and missing data, and adjust thresholds to limit "
                        "alert fatigue."
                    ),
                ],
                "lessons": [
                    {
                        "title": (
                            "Heart failure: weight, symptoms, implantable sensors and what the "
                            "trials say"
                        ),
                        "summary": (
                            "The signals that precede decompensation, the mixed results of the "
                            "trials and the conditions for remote monitoring that helps."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "Catching congestion before admission"],
                            [
                                "paragraph",
                                (
                                    "<p>Heart failure decompensation often builds up over days or "
                                    "even weeks: filling pressures rise first, then weight, then "
                                    "symptoms (breathlessness, orthopnoea, oedema). Remote "
                                    "monitoring aims to detect this drift early enough to adjust "
                                    "treatment at home. The signals used range from the simplest "
                                    "to the most invasive:</p><ul><li><strong>daily weight and a "
                                    "symptom questionnaire</strong>, sent by the patient or by a "
                                    "connected scale;</li><li><strong>blood pressure, heart rate, "
                                    "ECG, oxygen saturation</strong> measured at "
                                    "home;</li><li><strong>data from implanted devices</strong> "
                                    "(defibrillators, resynchronisation pacemakers): arrhythmias, "
                                    "activity, thoracic impedance;</li><li><strong>implantable "
                                    "haemodynamic sensors</strong> measuring pulmonary artery "
                                    "pressure.</li></ul>"
                                ),
                            ],
                            ["heading", "Non-invasive monitoring: mixed trial results"],
                            [
                                "paragraph",
                                (
                                    "<p>The first large trials were disappointing. In Tele-HF "
                                    "(<em>NEJM</em>, 2010), a telephone-based system for daily "
                                    "reporting of weight and symptoms reduced neither "
                                    "readmissions nor mortality, and adherence fell over time. "
                                    "BEAT-HF (2016), based on connected measurements and nurse "
                                    "calls, did not reduce 180-day readmissions either.</p><p>The "
                                    "German <strong>TIM-HF2</strong> trial (<em>Lancet</em>, "
                                    "2018), by contrast, showed a benefit. It included 1,538 "
                                    "patients in NYHA class II or III who had been "
                                    "<strong>admitted for heart failure within the previous 12 "
                                    "months</strong>. They sent their weight, blood pressure, "
                                    "ECG, oxygen saturation and a self-assessment every day, "
                                    "analysed by a telemedical centre available around the clock, "
                                    "working with the GP and cardiologist. The percentage of days "
                                    "lost to unplanned cardiovascular admission or death fell "
                                    "from 6.64% to 4.88% (ratio 0.80), and all-cause mortality "
                                    "was reduced.</p><p>What set TIM-HF2 apart: high-risk "
                                    "patients, automated and complete data transmission, a team "
                                    "able to act fast and structured follow-up. Remote monitoring "
                                    "is not a gadget: it is an organisation.</p>"
                                ),
                            ],
                            ["heading", "Implantable sensors and device data"],
                            [
                                "paragraph",
                                (
                                    "<p>Measuring pulmonary artery pressure with an implanted "
                                    "sensor makes it possible to act before weight goes up. In "
                                    "CHAMPION (<em>Lancet</em>, 2011), in NYHA class III patients "
                                    "with a previous admission, pressure-guided management "
                                    "reduced heart failure admissions. The larger GUIDE-HF "
                                    "(<em>Lancet</em>, 2021) did not show a significant reduction "
                                    "in its primary outcome, although the analysis of the period "
                                    "before the COVID-19 pandemic suggested a benefit. MONITOR-HF "
                                    "(<em>Lancet</em>, 2023), conducted in the Netherlands, "
                                    "showed better quality of life and fewer heart failure "
                                    "admissions. For monitoring based on defibrillator and "
                                    "pacemaker data, results vary between trials.</p><p>The 2021 "
                                    "European (ESC) heart failure guidelines state that "
                                    "non-invasive home telemonitoring and pulmonary artery "
                                    "pressure monitoring <strong>may be considered</strong> in "
                                    "selected patients: a weak recommendation, consistent with "
                                    "these results.</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "Key point",
                                    "text": (
                                        "<p>Heart failure remote monitoring helps mostly "
                                        "high-risk patients (recent admission), when data arrive "
                                        "reliably and a team reacts quickly with an action plan "
                                        "agreed in advance. A rule of thumb taught to patients: a "
                                        "weight gain of more than 2 kg in 3 days calls for "
                                        "action.</p>"
                                    ),
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": "A weight alert",
                                    "text": (
                                        "<p>A 71-year-old man with heart failure with reduced "
                                        "ejection fraction, admitted four months ago for "
                                        "decompensation, is on remote monitoring. The platform "
                                        "flags a 2.4 kg gain over 3 days. On the phone, he says "
                                        "he is a little more breathless on the stairs and his "
                                        "ankles swell in the evening; he sleeps flat, with no "
                                        "breathlessness at rest. He ate more salt during a family "
                                        "meal and has been taking an anti-inflammatory drug for a "
                                        "painful knee for five days.</p>"
                                    ),
                                    "question": "How do you handle this alert?",
                                    "discussion": (
                                        "<p>First check the measurement (same scale, in the "
                                        "morning, after passing urine, before breakfast), then "
                                        "look for red flags requiring an emergency call: "
                                        "breathlessness at rest, orthopnoea, chest pain, syncope, "
                                        "a marked fall in blood pressure. Here, early congestion "
                                        "is likely, with two classic triggers: excess salt and "
                                        "the NSAID, which should be stopped. Apply the agreed "
                                        "action plan (for example a temporary diuretic adjustment "
                                        "decided by the doctor), recheck weight and symptoms "
                                        "within 24 to 48 hours, and record the alert, the call "
                                        "and the decision. Inform the GP and plan potassium and "
                                        "creatinine checks if the diuretic is increased.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "Which statement best summarises the trials of "
                                        "non-invasive heart failure remote monitoring?"
                                    ),
                                    "options": [
                                        {
                                            "text": "All trials showed lower mortality.",
                                            "correct": False,
                                            "feedback": (
                                                "No: Tele-HF and BEAT-HF, among others, showed no "
                                                "benefit on their primary outcomes."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The benefit depends on patient selection and "
                                                "organisation: TIM-HF2, in recently admitted "
                                                "patients followed by a responsive centre, was "
                                                "positive."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Yes: results are mixed, and the positive trials "
                                                "combine high-risk patients, reliable data and a "
                                                "team able to act quickly."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Remote monitoring has never shown benefit and "
                                                "should not be offered."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No: TIM-HF2 showed fewer days lost and lower "
                                                "all-cause mortality, and the European guidelines "
                                                "allow it to be considered in selected patients."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "A connected scale is enough, whoever receives "
                                                "the data."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No: without an organisation able to respond, "
                                                "sending data has no proven effect."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                    {
                        "title": (
                            "Diabetes: reading a continuous glucose monitoring report and setting "
                            "alarms"
                        ),
                        "summary": (
                            "Time in range, time below range, GMI and variability: reading a "
                            "report in the right order, and making alarms a help rather than a "
                            "nuisance."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "First of all: are there enough data?"],
                            [
                                "paragraph",
                                (
                                    "<p>A continuous glucose monitoring (CGM) sensor measures "
                                    "interstitial glucose every few minutes. The standardised "
                                    "report (ambulatory glucose profile, AGP) can only be "
                                    "interpreted if the data cover at least <strong>14 "
                                    "days</strong> with at least <strong>70% of sensor "
                                    "wear</strong>. Look at this line before any other: a report "
                                    "with gaps does not reflect reality, and gaps often occur at "
                                    "difficult times.</p>"
                                ),
                            ],
                            ["heading", "Targets from the 2019 international consensus"],
                            [
                                "paragraph",
                                (
                                    "<p>For most adults with type 1 or type 2 "
                                    "diabetes:</p><ul><li><strong>Time in range</strong> (70–180 "
                                    "mg/dL, 3.9–10.0 mmol/L): <strong>more than 70%</strong>, "
                                    "about 16 h 48 min a day;</li><li><strong>Time below "
                                    "range</strong> (below 70 mg/dL): <strong>less than "
                                    "4%</strong>, about 1 hour a day, including <strong>less than "
                                    "1%</strong> below 54 mg/dL (3.0 mmol/L), about 15 "
                                    "minutes;</li><li><strong>Time above range</strong> (above "
                                    "180 mg/dL): less than 25%, including less than 5% above 250 "
                                    "mg/dL;</li><li><strong>Coefficient of variation</strong>: "
                                    "36% or less.</li></ul><p>For older people or those at high "
                                    "risk of hypoglycaemia, targets are relaxed: time in range "
                                    "above 50% and, above all, <strong>time below 70 mg/dL under "
                                    "1%</strong>. Specific targets apply in pregnancy. Each 10% "
                                    "of time in range is about 2 h 24 min a day.</p>"
                                ),
                            ],
                            [
                                "paragraph",
                                (
                                    "<p>The <strong>GMI</strong> (glucose management indicator) "
                                    "estimates HbA1c from the sensor's mean glucose. A mean of "
                                    "154 mg/dL (8.6 mmol/L) corresponds to a GMI of about 7%. GMI "
                                    "and laboratory HbA1c can differ markedly, for example with "
                                    "anaemia, haemoglobinopathy or kidney disease: the gap is not "
                                    "an error, it is information.</p><p>A practical reading "
                                    "order: data sufficiency, then <strong>time below "
                                    "range</strong> (safety first), then time in and above range, "
                                    "then the 24-hour profile to spot problem periods (night, "
                                    "after meals, physical activity).</p>"
                                ),
                            ],
                            ["heading", "Alarms and measurement limits"],
                            [
                                "paragraph",
                                (
                                    "<p>Real-time sensors can alert for low or high glucose, "
                                    "rapid falls or predicted lows, and signal loss. Alarms are "
                                    "valuable for patients with impaired hypoglycaemia awareness, "
                                    "at night, and for carers who receive the data. But badly "
                                    "chosen thresholds (a high alarm set too low, multiple "
                                    "alarms) produce incessant alarms that the patient will end "
                                    "up switching off. Thresholds are agreed with the patient, "
                                    "and reviewed.</p><p>Some limits to know: interstitial "
                                    "glucose lags behind blood glucose by a few minutes, more so "
                                    "when glucose changes quickly; accuracy is lower in the first "
                                    "hours after insertion; pressure on the sensor during sleep "
                                    "can cause false night-time lows (“compression lows”); some "
                                    "substances can interfere depending on the model (see the "
                                    "manufacturer's instructions). When symptoms do not match the "
                                    "displayed value, check with a finger-prick glucose.</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "Key point",
                                    "text": (
                                        "<p>Read data sufficiency first, then time below range: a "
                                        "“perfect” HbA1c can hide repeated hypoglycaemia. In "
                                        "older or frail people, the priority target is time below "
                                        "70 mg/dL under 1%.</p>"
                                    ),
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": "A reassuring HbA1c",
                                    "text": (
                                        "<p>A 76-year-old woman with type 2 diabetes, on basal "
                                        "insulin and a sulfonylurea, has worn a sensor for a "
                                        "month. Her HbA1c is 6.9%. The 14-day report (94% data) "
                                        "shows: time in range 64%, time below 70 mg/dL 7% "
                                        "including 2% below 54 mg/dL, GMI 6.8%, coefficient of "
                                        "variation 41%. The low values cluster between 2 am and 6 "
                                        "am. She complains of tiredness on waking.</p>"
                                    ),
                                    "question": "What is your priority?",
                                    "discussion": (
                                        "<p>The priority is to reduce night-time hypoglycaemia: "
                                        "time below range is seven times the target for an older "
                                        "patient (under 1%), and variability is high. The “good” "
                                        "HbA1c partly reflects these lows. After checking that "
                                        "these are not compression lows (brief, sharp drops while "
                                        "she sleeps on the sensor, without symptoms, not "
                                        "confirmed by finger-prick), discuss with the doctor "
                                        "reducing the basal insulin and stopping the "
                                        "sulfonylurea, check the low alarm setting, and review "
                                        "the report after the change.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "A 14-day CGM report has 55% data, time in range 78% and "
                                        "time below range 2%. What can you conclude? (select all "
                                        "that apply)"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "The report does not reach the 70% data "
                                                "threshold: interpret it with caution."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Yes: below 70% sensor wear, the metrics may not "
                                                "reflect reality."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Find out why data are missing (sensor coming "
                                                "off, forgetting to scan, phone out of range)."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Yes: missing data are information in themselves, "
                                                "and often occur at risky times."
                                            ),
                                        },
                                        {
                                            "text": "The targets are met; no action is needed.",
                                            "correct": False,
                                            "feedback": (
                                                "No: with 55% data, these good figures may be "
                                                "misleading."
                                            ),
                                        },
                                        {
                                            "text": "GMI now replaces laboratory HbA1c.",
                                            "correct": False,
                                            "feedback": (
                                                "No: GMI is an estimate from mean glucose; it "
                                                "complements HbA1c without replacing it, and the "
                                                "two can differ."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                    {
                        "title": (
                            "Organising remote monitoring: who watches the alerts, how fast, and "
                            "the French framework"
                        ),
                        "summary": (
                            "An alert is only worth something if someone handles it in time: "
                            "roles, response times, escalation, traceability and the common-law "
                            "framework in France since July 2023."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "Every alert needs a recipient"],
                            [
                                "paragraph",
                                (
                                    "<p>Remote monitoring is a medical act: a professional "
                                    "interprets data at a distance and, if needed, takes "
                                    "decisions. Before equipping the first patient, the team "
                                    "should answer a few simple questions in "
                                    "writing:</p><ul><li><strong>Who</strong> triages alerts "
                                    "(nurse, advanced practice nurse, doctor), and who decides on "
                                    "a change of treatment?</li><li><strong>When</strong>: the "
                                    "days and hours alerts are handled, the target response time "
                                    "for each alert level, cover at weekends and during "
                                    "holidays?</li><li><strong>How</strong>: checking the data, "
                                    "calling the patient, an individual action plan, medical "
                                    "advice, referral to a consultation or to the emergency "
                                    "department?</li><li><strong>With whom</strong>: how are the "
                                    "GP, the community nurse and the pharmacist kept "
                                    "informed?</li></ul>"
                                ),
                            ],
                            [
                                "paragraph",
                                (
                                    "<p><strong>Graded escalation</strong> helps: for example, a "
                                    "minor alert is reviewed within the working day, a major "
                                    "alert leads to a call to the patient the same day, and any "
                                    "red flag reported by the patient leads to directing them to "
                                    "the emergency number (15 or 112 in France). Every alert must "
                                    "be <strong>recorded</strong>: who saw it, when, what was "
                                    "done. The patient must know that remote monitoring "
                                    "<strong>is not an emergency service</strong>: with a serious "
                                    "symptom, they do not wait for a call.</p>"
                                ),
                            ],
                            ["heading", "The French framework"],
                            [
                                "paragraph",
                                (
                                    "<p>The French Public Health Code defines five telemedicine "
                                    "acts: teleconsultation, tele-expertise, medical remote "
                                    "monitoring (télésurveillance), medical tele-assistance and "
                                    "the medical response given by emergency call regulation. "
                                    "Remote monitoring was first funded on an experimental basis "
                                    "through the <strong>ETAPES</strong> programme, for heart "
                                    "failure, kidney failure, respiratory failure, diabetes and "
                                    "implantable cardiac devices.</p><p>Since <strong>1 July "
                                    "2023</strong>, it has been part of <strong>common "
                                    "law</strong> for national health insurance funding (2022 "
                                    "social security financing act and decrees of 30 December "
                                    "2022). Its main principles:</p><ul><li>the <strong>remote "
                                    "monitoring operator</strong> is a medical professional, who "
                                    "may be supported by other health professionals, and "
                                    "<strong>declares the activity to the regional health agency "
                                    "(ARS)</strong>;</li><li>the operator uses a <strong>digital "
                                    "medical device</strong> accepted for reimbursement after "
                                    "assessment by the HAS (the French National Authority for "
                                    "Health), supplied by a provider called the "
                                    "<strong>exploitant</strong>;</li><li>funding is through "
                                    "<strong>flat-rate fees</strong>: one for the operator, a "
                                    "technical fee for the provider;</li><li>the patient must be "
                                    "informed and consent; health data are hosted by a host "
                                    "certified for health data (HDS).</li></ul>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "Key point",
                                    "text": (
                                        "<p>Write the protocol before the first patient: who "
                                        "triages, who decides, how fast, what happens outside "
                                        "working hours, how the GP is informed. Record every "
                                        "alert. Tell the patient what the team does and does not "
                                        "do.</p>"
                                    ),
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": "An alert on a Friday evening",
                                    "text": (
                                        "<p>You are a nurse in a heart failure remote monitoring "
                                        "team whose protocol covers alerts Monday to Friday, 9 am "
                                        "to 6 pm. One Friday at 5:50 pm, a red alert appears: an "
                                        "80-year-old woman has gained 3 kg in 2 days and answered "
                                        "“yes” to “Are you breathless at rest?”.</p>"
                                    ),
                                    "question": (
                                        "What do you do, and what does this situation reveal "
                                        "about the organisation?"
                                    ),
                                    "discussion": (
                                        "<p>Call the patient straight away. Breathlessness at "
                                        "rest is a red flag: if confirmed, direct her to the "
                                        "emergency number (15) and record it. If she cannot be "
                                        "reached, the procedure must say what comes next (carer, "
                                        "community nurse, team doctor). Organisationally, the "
                                        "situation shows that the team must plan for alerts "
                                        "arriving just before closing time, and that patients "
                                        "must know, in writing, that alerts are not handled at "
                                        "night or at weekends and that with a serious symptom "
                                        "they call 15 without waiting.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "Regarding medical remote monitoring in France since 1 "
                                        "July 2023, which statement is correct?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "It is funded under common law, with a fee for "
                                                "the operator and a technical fee for the device "
                                                "provider."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Yes: this is the funding model that replaced the "
                                                "experimental ETAPES programme."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "It remains limited to the experimental ETAPES "
                                                "framework."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No: ETAPES ended with the move to common law on "
                                                "1 July 2023."
                                            ),
                                        },
                                        {
                                            "text": "Any wellness app can be used and reimbursed.",
                                            "correct": False,
                                            "feedback": (
                                                "No: a digital medical device accepted for "
                                                "reimbursement after HAS assessment is required."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "It requires the team to respond to alerts 24 "
                                                "hours a day."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No: hours and response times are set by the "
                                                "operator's organisation; what matters is "
                                                "defining them and telling the patient clearly."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                    {
                        "title": (
                            "Educating, informing, obtaining consent, and being wary of false "
                            "alerts"
                        ),
                        "summary": (
                            "The patient produces the data: educate them, inform them honestly, "
                            "and recognise poor-quality data and false alerts."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "The patient is the first producer of data"],
                            [
                                "paragraph",
                                (
                                    "<p>The quality of remote monitoring depends on daily "
                                    "routines. For weight: the same scale, on a hard floor, "
                                    "<strong>every morning, after passing urine and before "
                                    "breakfast</strong>, wearing similar clothes. For a glucose "
                                    "sensor: the insertion site, replacement on schedule, a "
                                    "finger-prick check when symptoms do not match. Check "
                                    "understanding by asking the patient to explain back or "
                                    "demonstrate (“Show me how you'll weigh yourself tomorrow "
                                    "morning”), and give the instructions in writing.</p><p>Also "
                                    "teach them what to do <strong>themselves</strong> without "
                                    "waiting for the team: recognise red flags, call the "
                                    "emergency number, follow their personal action plan if they "
                                    "have one.</p>"
                                ),
                            ],
                            ["heading", "Informing and obtaining consent"],
                            [
                                "paragraph",
                                (
                                    "<p>Telemedicine acts, including remote monitoring, require "
                                    "the patient's <strong>free and informed consent</strong>. "
                                    "The information covers: the purpose of monitoring; the data "
                                    "collected; who looks at them, when and how quickly; what the "
                                    "team will do in case of an alert; the fact that it is not an "
                                    "emergency service; hosting of the data by a certified host; "
                                    "the patient's rights of access and rectification; and the "
                                    "possibility of stopping at any time without affecting their "
                                    "care. Record in the notes that the information was given and "
                                    "consent obtained.</p><p>Note that under the GDPR, processing "
                                    "data for care is not based on consent but on the purpose of "
                                    "providing care; consent to the remote monitoring act is a "
                                    "separate requirement that belongs to the medical act. Both "
                                    "require clear information for the patient.</p>"
                                ),
                            ],
                            [
                                "patient_conversation",
                                {
                                    "situation": (
                                        "<p>You offer remote monitoring to a 67-year-old man with "
                                        "heart failure who has just been discharged. He is "
                                        "interested but asks: “So you'll be watching me all the "
                                        "time? If something happens at night, you'll see it?”</p>"
                                    ),
                                    "say": [
                                        (
                                            "Every morning, the scale sends your weight and you "
                                            "answer a few questions. The team looks at these data "
                                            "on weekdays, during the day, and calls you if "
                                            "something changes."
                                        ),
                                        (
                                            "It isn't an emergency service: at night and at "
                                            "weekends, nobody is watching live. If you're very "
                                            "breathless, have chest pain or feel faint, call 15 "
                                            "straight away."
                                        ),
                                        (
                                            "Your data are stored securely and seen only by the "
                                            "team caring for you and by your GP. You can stop "
                                            "whenever you like, and your care will carry on as "
                                            "usual."
                                        ),
                                        (
                                            "Just to check I've explained it clearly: can you "
                                            "tell me what you would do if you put on two kilos in "
                                            "three days?"
                                        ),
                                    ],
                                    "avoid": [
                                        (
                                            "“Don't worry, we can see everything all the time”: "
                                            "untrue, and it may delay an emergency call."
                                        ),
                                        (
                                            "“Just sign here, it's a formality”: consent requires "
                                            "understandable information and the option to say no."
                                        ),
                                        (
                                            "“The machine will warn you if there's a problem”: "
                                            "the patient must keep paying attention to symptoms, "
                                            "even without an alert."
                                        ),
                                    ],
                                },
                            ],
                            ["heading", "Data quality and false alerts"],
                            [
                                "paragraph",
                                (
                                    "<p>A large share of alerts correspond to no clinical "
                                    "problem. The causes are often mundane: a scale moved onto a "
                                    "rug, weighing after a meal or fully dressed, another family "
                                    "member using the scale, a duplicate transmission, low "
                                    "batteries, a glucose sensor at the start of its life or "
                                    "compressed during sleep, a lost connection. Before any "
                                    "decision, <strong>check the data</strong>.</p><p>Conversely, "
                                    "<strong>no data is not good news</strong>: a patient who "
                                    "stops sending data may be in hospital, unwell, discouraged "
                                    "or struggling with the device. Protocols should include an "
                                    "alert for missing data.</p><p>To limit alert fatigue: "
                                    "<strong>personalise thresholds</strong> (reference weight "
                                    "updated after a treatment change, glucose targets suited to "
                                    "the patient), track the number of alerts and the share that "
                                    "led to action, and review settings regularly as a team.</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "Key point",
                                    "text": (
                                        "<p>Check the data before changing treatment; treat "
                                        "silence as a signal; personalise and review thresholds; "
                                        "explain to the patient what the team does and does not "
                                        "do.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "A patient on heart failure remote monitoring has sent no "
                                        "weight for four days, after sending one every morning. "
                                        "What is the best approach?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Wait: if he were unwell, he would have called."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No: missing data may reflect an admission, "
                                                "deterioration or a technical problem; silence is "
                                                "not good news."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Contact him (or his carer) to find out why data "
                                                "are missing."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Yes: a break in transmission is an alert in its "
                                                "own right, to be handled according to the "
                                                "protocol."
                                            ),
                                        },
                                        {
                                            "text": "Stop remote monitoring for non-adherence.",
                                            "correct": False,
                                            "feedback": (
                                                "No: first understand the cause; a technical "
                                                "problem or a difficulty for the patient is often "
                                                "easily solved."
                                            ),
                                        },
                                        {
                                            "text": "Increase the diuretic as a precaution.",
                                            "correct": False,
                                            "feedback": (
                                                "No: treatment is not changed without data or "
                                                "clinical assessment."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                ],
                "assessment": [
                    {
                        "text": (
                            "Which features of the positive TIM-HF2 trial set it apart from "
                            "negative heart failure remote monitoring trials? (select all that "
                            "apply)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": (
                                    "High-risk patients, admitted for heart failure in the "
                                    "previous year."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "A telemedical centre available around the clock and able to "
                                    "act quickly."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Daily transmission of several parameters (weight, blood "
                                    "pressure, ECG, oxygen saturation, self-assessment)."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "No contact with the GP, to avoid duplication.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "TIM-HF2 combined high-risk patients, complete automated data, a 24/7 "
                            "responsive centre and coordination with the GP and cardiologist. The "
                            "benefit comes from the organisation as much as from the devices."
                        ),
                    },
                    {
                        "text": (
                            "A patient with heart failure on remote monitoring has gained 2.5 kg "
                            "in 3 days and reports breathlessness on minimal exertion, without "
                            "breathlessness at rest. What is the first step?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Check that the weighing was reliable and assess symptoms and "
                                    "red flags by phone."
                                ),
                                "correct": True,
                            },
                            {"text": "Double the diuretic without calling him.", "correct": False},
                            {
                                "text": "Ignore the alert; weight often fluctuates.",
                                "correct": False,
                            },
                            {"text": "Book an appointment in a month.", "correct": False},
                        ],
                        "explanation": (
                            "Check the data, then assess the patient (red flags, triggers) before "
                            "applying the agreed action plan. A gain of more than 2 kg in 3 days "
                            "calls for a prompt response, not waiting."
                        ),
                    },
                    {
                        "text": (
                            "Which statement about implantable pulmonary artery pressure sensors "
                            "is correct?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Trials showed favourable results in selected patients, with "
                                    "a non-significant primary outcome in GUIDE-HF; the 2021 ESC "
                                    "guidelines allow them to be considered."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "They are recommended for all patients with heart failure."
                                ),
                                "correct": False,
                            },
                            {
                                "text": "They have never been tested in randomised trials.",
                                "correct": False,
                            },
                            {
                                "text": "They replace clinical follow-up and weight monitoring.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "CHAMPION and MONITOR-HF were favourable; GUIDE-HF did not meet its "
                            "primary outcome. The recommendation remains weak (“may be "
                            "considered”) in selected patients."
                        ),
                    },
                    {
                        "text": (
                            "According to the 2019 international consensus, which targets apply "
                            "to most adults with type 1 or type 2 diabetes using CGM? (select all "
                            "that apply)"
                        ),
                        "multiple": True,
                        "options": [
                            {"text": "Time between 70 and 180 mg/dL above 70%.", "correct": True},
                            {"text": "Time below 70 mg/dL under 4%.", "correct": True},
                            {"text": "Time below 54 mg/dL under 1%.", "correct": True},
                            {
                                "text": "Time in range of 100%, the only acceptable target.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Standard targets are time in range above 70%, time below 70 mg/dL "
                            "under 4% including under 1% below 54 mg/dL, and time above 180 mg/dL "
                            "under 25%. They are adapted for older or frail people and in "
                            "pregnancy."
                        ),
                    },
                    {
                        "text": (
                            "In a 79-year-old woman on insulin, the sensor report shows time in "
                            "range 55% and time below range 6%. What is the priority?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Reduce hypoglycaemia; the target is time below 70 mg/dL "
                                    "under 1% in an older person."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "Intensify treatment to reach 70% time in range.",
                                "correct": False,
                            },
                            {
                                "text": "Nothing: 55% exceeds the 50% target for older people.",
                                "correct": False,
                            },
                            {"text": "Rely on HbA1c alone.", "correct": False},
                        ],
                        "explanation": (
                            "In older or high-risk people, safety comes first: time below range "
                            "under 1%, time in range above 50%. Intensifying treatment would "
                            "increase the risk of hypoglycaemia."
                        ),
                    },
                    {
                        "text": (
                            "A patient's GMI is 6.8% while laboratory HbA1c is 7.9%. Which "
                            "interpretation is most accurate?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "The two can differ; look for a cause (anaemia, "
                                    "haemoglobinopathy, kidney disease, insufficient data) and "
                                    "take both into account."
                                ),
                                "correct": True,
                            },
                            {"text": "The sensor must be faulty.", "correct": False},
                            {"text": "The laboratory must have made a mistake.", "correct": False},
                            {
                                "text": "GMI is the reference measure and replaces HbA1c.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "GMI estimates HbA1c from the sensor's mean glucose. Gaps occur for "
                            "biological reasons or because of data quality; they are not in "
                            "themselves an error."
                        ),
                    },
                    {
                        "text": (
                            "What should a remote monitoring team's protocol set out before the "
                            "first patient? (select all that apply)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": "Who triages alerts and who decides on treatment changes.",
                                "correct": True,
                            },
                            {
                                "text": (
                                    "The hours during which alerts are handled, target response "
                                    "times and cover outside working hours."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "How each alert is recorded and how the GP is informed.",
                                "correct": True,
                            },
                            {
                                "text": (
                                    "A promise that the patient will never need to call the "
                                    "emergency number again."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "An alert is only worth something if someone handles it in time and "
                            "records what was done. Remote monitoring does not replace emergency "
                            "services: the patient must know to call 15 with a serious symptom."
                        ),
                    },
                    {
                        "text": (
                            "Which statement about the French framework for medical remote "
                            "monitoring is correct?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Since 1 July 2023 it has been funded under common law; the "
                                    "operator declares the activity to the ARS and uses a digital "
                                    "medical device accepted for reimbursement."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "It is only possible within a clinical trial.",
                                "correct": False,
                            },
                            {
                                "text": (
                                    "No patient consent is needed because data are hosted securely."
                                ),
                                "correct": False,
                            },
                            {
                                "text": "Any health-tracking mobile app can be used.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "After the experimental ETAPES programme, remote monitoring entered "
                            "common law on 1 July 2023, with an operator fee and a technical fee, "
                            "a device assessed by the HAS, declaration to the ARS and the "
                            "patient's consent."
                        ),
                    },
                    {
                        "text": (
                            "When introducing remote monitoring to a patient, which sentence is "
                            "most appropriate?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "“The team looks at your data on weekdays, during the day; if "
                                    "you have a serious symptom, call 15 straight away.”"
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "“We watch you 24 hours a day, so you don't need to worry any "
                                    "more.”"
                                ),
                                "correct": False,
                            },
                            {"text": "“It's a formality, just sign here.”", "correct": False},
                            {
                                "text": (
                                    "“If you stop remote monitoring, we won't be able to look "
                                    "after you.”"
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Information must be accurate (hours, response times, not an "
                            "emergency service) and consent free: the patient can stop without "
                            "any effect on their care."
                        ),
                    },
                    {
                        "text": (
                            "A team receives many weight alerts, very few of which lead to any "
                            "action. Which measures are appropriate? (select all that apply)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": (
                                    "Review weighing conditions with the patients concerned (time "
                                    "of day, scale, clothing)."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "Update the reference weight after a treatment change.",
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Track the share of alerts followed by action and review "
                                    "thresholds as a team."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "Switch off missing-data alerts to reduce the volume.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "False alerts often come from poorly performed measurements or "
                            "thresholds that are not personalised. Missing data, however, must "
                            "remain an alert: a silent patient may be unwell."
                        ),
                    },
                ],
            },
        },
    }
]
