"""Demo course: AI in clinical practice (reading a risk score, bias, responsibility), FR and EN.

Plain literals only (format: courses/demo.py). Faculty and vignettes are fictional; the vignettes
contain no patient identifiers."""

COURSES = [
    {
        "code": "ai-clinical-practice",
        "topics": ["ai", "ethics", "evidence", "patient_communication"],
        "professions": ["physician", "nurse", "pharmacist", "midwife"],
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
                "name": "Dr Hélène Marchetti",
                "credentials": "MD, PhD (informatique médicale)",
                "role_fr": (
                    "Médecin généraliste et chercheuse en évaluation des outils d'aide à la "
                    "décision ; coordination scientifique du cours (personnage fictif)."
                ),
                "role_en": (
                    "General practitioner and researcher in the evaluation of decision-support "
                    "tools; scientific lead for the course (fictional person)."
                ),
                "disclosures_fr": "Aucun lien d'intérêt déclaré.",
                "disclosures_en": "No relevant financial relationships.",
            },
            {
                "name": "Julien Ravanel",
                "credentials": "PharmD, MSc (réglementation des dispositifs médicaux)",
                "role_fr": (
                    "Pharmacien hospitalier, correspondant local de matériovigilance ; auteur de "
                    "la leçon sur la responsabilité (personnage fictif)."
                ),
                "role_en": (
                    "Hospital pharmacist and local materiovigilance officer; author of the lesson "
                    "on responsibility (fictional person)."
                ),
                "disclosures_fr": (
                    "A été rémunéré en 2025 pour une formation interne sur le règlement européen "
                    "des dispositifs médicaux par un éditeur de logiciels médicaux ; sans lien "
                    "avec les outils cités dans ce cours."
                ),
                "disclosures_en": (
                    "Was paid in 2025 by a medical software publisher to deliver in-house "
                    "training on the EU medical device regulation; unrelated to any tool "
                    "mentioned in this course."
                ),
            },
            {
                "name": "Nadia Benhamou",
                "credentials": "IDE, infirmière en pratique avancée",
                "role_fr": (
                    "Infirmière en pratique avancée en soins primaires ; relecture des situations "
                    "cliniques et des conseils de communication (personnage fictif)."
                ),
                "role_en": (
                    "Advanced practice nurse in primary care; reviewed the clinical cases and the "
                    "communication advice (fictional person)."
                ),
                "disclosures_fr": "Aucun lien d'intérêt déclaré.",
                "disclosures_en": "No relevant financial relationships.",
            },
        ],
        "translations": {
            "fr": {
                "title": (
                    "L'IA en pratique clinique : lire un score, repérer les biais, assumer la "
                    "décision"
                ),
                "summary": (
                    "Comprendre ce que vaut réellement un score de risque produit par un "
                    "algorithme, reconnaître les biais, savoir qui répond de la décision et "
                    "l'expliquer simplement au patient."
                ),
                "audience": (
                    "Médecins, infirmiers, pharmaciens et sages-femmes qui utilisent ou vont "
                    "utiliser un outil d'aide à la décision fondé sur l'IA, en ville comme à "
                    "l'hôpital. Aucun prérequis en statistiques ni en informatique."
                ),
                "objectives": [
                    (
                        "Distinguer discrimination (AUROC) et calibration, et estimer la valeur "
                        "prédictive positive d'une alerte à partir de la prévalence."
                    ),
                    (
                        "Expliquer comment le choix d'un seuil, la fatigue d'alerte et le "
                        "changement de population (dataset shift) modifient l'intérêt clinique "
                        "d'un outil."
                    ),
                    (
                        "Identifier les principales sources de biais d'un algorithme (données "
                        "d'apprentissage, variables « proxy », mesures) et demander ses "
                        "performances par sous-groupe."
                    ),
                    (
                        "Situer votre responsabilité face à un outil d'IA (marquage CE, règlement "
                        "européen sur l'IA, traçabilité, matériovigilance) et documenter votre "
                        "décision."
                    ),
                    (
                        "Expliquer à un patient, en termes simples, la place de l'outil dans une "
                        "décision qui reste la vôtre et la sienne."
                    ),
                ],
                "lessons": [
                    {
                        "title": (
                            "Lire un score de risque : discrimination, calibration et valeur "
                            "prédictive"
                        ),
                        "summary": (
                            "Ce que mesurent l'AUROC et la calibration, et pourquoi la valeur "
                            "prédictive positive dépend d'abord de la prévalence."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "Ce qu'un score vous donne vraiment"],
                            [
                                "paragraph",
                                (
                                    "<p>Un outil d'IA qui « prédit » une décompensation, un "
                                    "sepsis ou une chute ne donne pas un diagnostic : il produit "
                                    "une <strong>probabilité estimée</strong> (ou un score) à "
                                    "partir des données qu'on lui fournit. Pour savoir ce que "
                                    "vaut ce chiffre devant votre patient, deux propriétés "
                                    "doivent être examinées séparément : la "
                                    "<strong>discrimination</strong> et la "
                                    "<strong>calibration</strong>. Un bon outil doit avoir les "
                                    "deux, et un dossier d'évaluation sérieux les rapporte toutes "
                                    "les deux.</p>"
                                ),
                            ],
                            [
                                "heading",
                                "La discrimination : classer les patients dans le bon ordre",
                            ],
                            [
                                "paragraph",
                                (
                                    "<p>La discrimination est la capacité à attribuer un score "
                                    "plus élevé aux patients qui auront l'événement qu'à ceux qui "
                                    "ne l'auront pas. On la résume par l'<strong>aire sous la "
                                    "courbe ROC (AUROC, ou statistique C)</strong> : c'est la "
                                    "probabilité qu'un patient tiré au hasard parmi ceux qui ont "
                                    "l'événement ait un score plus élevé qu'un patient tiré au "
                                    "hasard parmi ceux qui ne l'ont pas. Une AUROC de 0,5 "
                                    "correspond au hasard ; 0,7 est modeste ; au-delà de 0,8, la "
                                    "discrimination est généralement jugée bonne.</p><p>L'AUROC "
                                    "ne dit rien du seuil utilisé en pratique, ni du nombre de "
                                    "fausses alertes que vous recevrez, ni de l'exactitude des "
                                    "probabilités affichées.</p>"
                                ),
                            ],
                            [
                                "heading",
                                (
                                    "La calibration : des probabilités qui veulent dire ce "
                                    "qu'elles disent"
                                ),
                            ],
                            [
                                "paragraph",
                                (
                                    "<p>Un outil est bien calibré si, parmi les patients à qui il "
                                    "attribue un risque de 20 %, environ 20 % ont effectivement "
                                    "l'événement. On le vérifie avec une <strong>courbe de "
                                    "calibration</strong> (risque prédit contre risque observé). "
                                    "Un modèle peut très bien classer les patients (bonne AUROC) "
                                    "tout en surestimant systématiquement le risque, par exemple "
                                    "parce qu'il a été développé dans une population plus malade "
                                    "que la vôtre. Si vous utilisez la probabilité elle-même pour "
                                    "décider (« au-delà de 10 %, je traite »), c'est la "
                                    "calibration qui compte.</p>"
                                ),
                            ],
                            ["heading", "La valeur prédictive positive dépend de la prévalence"],
                            [
                                "paragraph",
                                (
                                    "<p>Prenons un outil avec une sensibilité de 90 % et une "
                                    "spécificité de 90 %, utilisé chez 1 000 "
                                    "patients.</p><ul><li>Si la prévalence est de 2 % : 20 "
                                    "malades, dont 18 détectés ; 980 non-malades, dont 98 "
                                    "faussement positifs. <strong>VPP = 18 / 116, soit environ 16 "
                                    "%.</strong></li><li>Si la prévalence est de 20 % : 200 "
                                    "malades, dont 180 détectés ; 800 non-malades, dont 80 "
                                    "faussement positifs. <strong>VPP = 180 / 260, soit environ "
                                    "69 %.</strong></li></ul><p>Le même outil, avec les mêmes « "
                                    "performances », produit donc une majorité de fausses alertes "
                                    "en population peu malade. Un repère utile : l'inverse de la "
                                    "VPP est le <strong>nombre de patients à évaluer</strong> "
                                    "pour trouver un vrai positif (ici environ 6, contre 1,4).</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "À retenir",
                                    "text": (
                                        "<p>Demandez toujours trois choses : l'AUROC "
                                        "(discrimination), la courbe de calibration dans une "
                                        "population proche de la vôtre, et la VPP au seuil "
                                        "réellement utilisé <strong>à la prévalence de votre "
                                        "patientèle</strong>. Une sensibilité et une spécificité "
                                        "élevées ne garantissent pas qu'une alerte soit le plus "
                                        "souvent juste.</p>"
                                    ),
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": (
                                        "Un score de risque d'hospitalisation en soins primaires"
                                    ),
                                    "text": (
                                        "<p>Le logiciel de votre maison de santé propose un "
                                        "nouveau module qui signale les patients âgés « à haut "
                                        "risque d'hospitalisation dans les 6 mois ». La plaquette "
                                        "annonce une AUROC de 0,82, mesurée dans une cohorte "
                                        "hospitalière de patients polypathologiques. Dans votre "
                                        "patientèle, environ 3 % des plus de 75 ans sont "
                                        "hospitalisés sur 6 mois. Le module signale un patient de "
                                        "78 ans, autonome, dont vous connaissez bien la situation "
                                        "et qui va bien.</p>"
                                    ),
                                    "question": (
                                        "Comment interprétez-vous cette alerte et que faites-vous ?"
                                    ),
                                    "discussion": (
                                        "<p>L'AUROC de 0,82 a été mesurée dans une population "
                                        "hospitalière plus malade : ni la calibration ni la VPP "
                                        "ne sont connues chez vous, et avec une prévalence de 3 % "
                                        "la majorité des alertes seront probablement fausses. "
                                        "L'alerte est un signal pour regarder le dossier "
                                        "(traitements, chutes, isolement), pas une conclusion. "
                                        "Vous pouvez vérifier rapidement les facteurs de risque "
                                        "que vous connaissez, tracer votre appréciation, et "
                                        "demander à l'éditeur des données de validation en soins "
                                        "primaires avant de généraliser l'usage du module.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "Un outil de dépistage a une sensibilité de 95 % et une "
                                        "spécificité de 95 %. Il est utilisé dans une population "
                                        "où la prévalence de la maladie est de 1 %. Parmi les "
                                        "patients signalés positifs, quelle proportion est "
                                        "réellement malade ?"
                                    ),
                                    "options": [
                                        {
                                            "text": "Environ 95 %",
                                            "correct": False,
                                            "feedback": (
                                                "Non : 95 % est la sensibilité, c'est-à-dire la "
                                                "proportion de malades détectés, pas la "
                                                "proportion de vrais malades parmi les positifs."
                                            ),
                                        },
                                        {
                                            "text": "Environ 16 %",
                                            "correct": True,
                                            "feedback": (
                                                "Oui : sur 10 000 patients, 95 vrais positifs et "
                                                "495 faux positifs, soit une VPP d'environ 95 / "
                                                "590 ≈ 16 %. À faible prévalence, les faux "
                                                "positifs dominent."
                                            ),
                                        },
                                        {
                                            "text": "Environ 50 %",
                                            "correct": False,
                                            "feedback": (
                                                "Non : il faudrait une prévalence bien plus "
                                                "élevée (autour de 5 %) pour atteindre une VPP de "
                                                "cet ordre avec ces performances."
                                            ),
                                        },
                                        {
                                            "text": "On ne peut pas le savoir sans l'AUROC",
                                            "correct": False,
                                            "feedback": (
                                                "Non : la sensibilité, la spécificité et la "
                                                "prévalence suffisent pour calculer la VPP à ce "
                                                "seuil ; l'AUROC résume la discrimination sur "
                                                "tous les seuils."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                    {
                        "title": "Seuils, fatigue d'alerte et validation externe",
                        "summary": (
                            "Pourquoi un outil performant chez son concepteur peut décevoir chez "
                            "vous, et comment le seuil d'alerte change tout."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "Le seuil est un choix clinique et organisationnel"],
                            [
                                "paragraph",
                                (
                                    "<p>Un score continu devient une alerte quand il dépasse un "
                                    "<strong>seuil</strong>. Abaisser le seuil augmente la "
                                    "sensibilité (on rate moins de cas) mais multiplie les "
                                    "fausses alertes ; l'élever fait l'inverse. Il n'existe pas "
                                    "de « bon » seuil universel : il dépend de la gravité de "
                                    "l'événement manqué, du coût d'une alerte inutile (examens, "
                                    "inquiétude, temps soignant) et de la capacité de l'équipe à "
                                    "répondre. Ce choix doit être explicite, documenté et "
                                    "revu.</p>"
                                ),
                            ],
                            [
                                "paragraph",
                                (
                                    "<p>La <strong>fatigue d'alerte</strong> survient quand les "
                                    "soignants reçoivent tant d'alertes, majoritairement fausses, "
                                    "qu'ils finissent par les ignorer ou les acquitter sans les "
                                    "lire, y compris les vraies. Un outil qui alerte sur près "
                                    "d'un patient hospitalisé sur cinq, comme dans l'étude de "
                                    "validation externe du modèle de sepsis d'Epic publiée en "
                                    "2021, impose une charge que peu d'équipes peuvent absorber. "
                                    "Mesurez donc aussi le nombre d'alertes par jour et par "
                                    "soignant.</p>"
                                ),
                            ],
                            ["heading", "Validation interne, validation externe"],
                            [
                                "paragraph",
                                (
                                    "<p>Les performances publiées par un développeur sont souvent "
                                    "mesurées sur des données proches de celles qui ont servi à "
                                    "construire le modèle (validation interne). Elles sont "
                                    "presque toujours meilleures que ce qu'on observe ailleurs. "
                                    "La <strong>validation externe</strong> teste le modèle dans "
                                    "un autre établissement, une autre période ou une autre "
                                    "population, idéalement de manière indépendante du "
                                    "développeur. Dans l'étude de l'université du Michigan, le "
                                    "modèle de sepsis annoncé avec une AUROC de 0,76 à 0,83 "
                                    "n'atteignait que 0,63 et manquait environ deux tiers des "
                                    "cas.</p>"
                                ),
                            ],
                            [
                                "paragraph",
                                (
                                    "<p>Le <strong>changement de distribution (dataset "
                                    "shift)</strong> désigne tout écart entre les données "
                                    "d'apprentissage et celles rencontrées en pratique : "
                                    "population différente (âge, gravité, origine), pratiques de "
                                    "soins différentes (un examen prescrit plus souvent devient "
                                    "un « signal »), nouvel appareil de mesure ou nouveau "
                                    "logiciel de laboratoire, changement de codage, épidémie. Les "
                                    "performances peuvent se dégrader progressivement sans que "
                                    "personne ne s'en aperçoive : un outil doit être "
                                    "<strong>surveillé dans le temps</strong>, pas seulement "
                                    "évalué une fois.</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "Les questions à poser avant d'adopter un outil",
                                    "text": (
                                        "<ul><li>Dans quelle population et à quelle période "
                                        "a-t-il été développé et validé ? Existe-t-il une "
                                        "validation externe indépendante ?</li><li>Quelles sont "
                                        "la calibration et la VPP au seuil prévu, dans une "
                                        "population comparable à la nôtre ?</li><li>Combien "
                                        "d'alertes par jour cela représentera-t-il, et qui y "
                                        "répond ?</li><li>Comment les performances seront-elles "
                                        "suivies après la mise en service, et par qui ?</li></ul>"
                                    ),
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": "Une alerte de sepsis en service de médecine",
                                    "text": (
                                        "<p>Vous êtes infirmière de nuit dans un service de "
                                        "médecine. Le dossier informatisé affiche une alerte « "
                                        "risque de sepsis » pour une patiente de 82 ans "
                                        "hospitalisée pour une insuffisance cardiaque. C'est la "
                                        "sixième alerte de la nuit dans le service ; les cinq "
                                        "premières n'ont rien donné. Les constantes sont : "
                                        "température 37,9 °C, fréquence respiratoire 24/min, "
                                        "pression artérielle 98/60 mmHg, elle est un peu moins "
                                        "réactive qu'en début de soirée.</p>"
                                    ),
                                    "question": (
                                        "Faut-il considérer cette alerte comme une fausse alerte "
                                        "de plus ?"
                                    ),
                                    "discussion": (
                                        "<p>Non. L'alerte elle-même a une VPP faible, mais "
                                        "l'examen clinique apporte ici des éléments indépendants "
                                        "et inquiétants : polypnée, pression artérielle basse et "
                                        "altération de la vigilance. Le jugement clinique prime, "
                                        "dans un sens comme dans l'autre : on appelle le médecin "
                                        "de garde selon la procédure du service et on trace les "
                                        "constantes. Le nombre d'alertes inutiles de la nuit "
                                        "mérite par ailleurs d'être signalé à l'équipe qui "
                                        "paramètre l'outil : c'est exactement la situation où la "
                                        "fatigue d'alerte fait manquer les vrais cas.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "Parmi les situations suivantes, lesquelles peuvent "
                                        "dégrader les performances d'un modèle par rapport à sa "
                                        "validation initiale ? (plusieurs réponses)"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Le laboratoire change d'automate et de valeurs "
                                                "de référence pour un dosage utilisé par le "
                                                "modèle."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Oui : une variable d'entrée mesurée différemment "
                                                "est un changement de distribution classique."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Le modèle est déployé dans un établissement dont "
                                                "les patients sont plus âgés et plus "
                                                "polypathologiques."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Oui : un changement de population modifie au "
                                                "minimum la calibration et la VPP, souvent aussi "
                                                "la discrimination."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Les soignants, sensibilisés par l'outil, "
                                                "prescrivent plus tôt des examens qui font "
                                                "eux-mêmes partie des variables du modèle."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Oui : les pratiques de soins modifient les "
                                                "données d'entrée ; le modèle peut alors « "
                                                "apprendre » le comportement des soignants plutôt "
                                                "que l'état du patient."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Le serveur qui héberge le modèle est remplacé "
                                                "par un serveur plus rapide, sans modification du "
                                                "code ni des données."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : sans changement du modèle ni des données "
                                                "d'entrée, un changement purement matériel ne "
                                                "modifie pas les prédictions."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                    {
                        "title": "Les biais : d'où ils viennent et comment les repérer",
                        "summary": (
                            "Données d'apprentissage, variables « proxy » et biais de mesure : "
                            "comment un algorithme peut désavantager un groupe de patients, et ce "
                            "que vous pouvez vérifier."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "Un algorithme reproduit les données dont il apprend"],
                            [
                                "paragraph",
                                (
                                    "<p>Un modèle n'a pas d'intention : il apprend les "
                                    "régularités présentes dans ses données, y compris les "
                                    "inégalités d'accès aux soins et les lacunes de mesure. On "
                                    "distingue plusieurs mécanismes, souvent associés "
                                    ":</p><ul><li><strong>Biais d'échantillonnage</strong> : "
                                    "certains groupes sont sous-représentés dans les données "
                                    "d'apprentissage (par exemple des photographies de lésions "
                                    "cutanées provenant surtout de peaux claires), et le modèle "
                                    "est moins performant pour eux.</li><li><strong>Biais de la "
                                    "cible (« proxy »)</strong> : le modèle prédit une variable "
                                    "facile à mesurer à la place de celle qui nous intéresse, par "
                                    "exemple les dépenses de santé à la place du besoin de "
                                    "soins.</li><li><strong>Biais de mesure</strong> : une donnée "
                                    "d'entrée est moins exacte dans certains "
                                    "groupes.</li><li><strong>Données manquantes non "
                                    "aléatoires</strong> : les patients qui consultent moins ont "
                                    "des dossiers plus pauvres, et le modèle les juge à tort "
                                    "moins à risque.</li></ul>"
                                ),
                            ],
                            ["heading", "L'exemple du coût utilisé comme indicateur du besoin"],
                            [
                                "paragraph",
                                (
                                    "<p>En 2019, Obermeyer et ses collègues ont analysé dans "
                                    "<em>Science</em> un algorithme commercial utilisé aux "
                                    "États-Unis pour orienter des patients vers des programmes de "
                                    "suivi renforcé. Il prédisait les <strong>dépenses de santé "
                                    "futures</strong>. Or, à état de santé égal, moins d'argent "
                                    "était dépensé pour les patients noirs que pour les patients "
                                    "blancs. Résultat : à score égal, les patients noirs étaient "
                                    "nettement plus malades. Les auteurs ont estimé que corriger "
                                    "ce biais ferait passer la part de patients noirs identifiés "
                                    "automatiquement de 17,7 % à 46,5 %. Le modèle prédisait "
                                    "correctement les coûts : c'est le <strong>choix de la "
                                    "cible</strong> qui créait le biais.</p>"
                                ),
                            ],
                            ["heading", "Quand la mesure elle-même est biaisée"],
                            [
                                "paragraph",
                                (
                                    "<p>Les oxymètres de pouls surestiment plus souvent la "
                                    "saturation chez les patients à peau foncée ; des hypoxémies "
                                    "« occultes » (saturation artérielle basse malgré une SpO2 "
                                    "rassurante) ont été décrites plus fréquemment chez des "
                                    "patients noirs que chez des patients blancs. Tout score qui "
                                    "utilise la SpO2 hérite de ce biais. De même, une équation ou "
                                    "un seuil qui intègre l'origine ethnique comme variable doit "
                                    "être examiné avec soin : la variable peut masquer un facteur "
                                    "réel (exposition, accès aux soins) ou en créer un "
                                    "artificiel.</p>"
                                ),
                            ],
                            ["heading", "Demander les performances par sous-groupe"],
                            [
                                "paragraph",
                                (
                                    "<p>Une performance moyenne satisfaisante peut cacher un "
                                    "outil médiocre pour un sous-groupe : femmes, personnes "
                                    "âgées, enfants, patients à peau foncée, personnes en "
                                    "situation de précarité, patients atteints d'une maladie "
                                    "rare. Demandez à l'éditeur la discrimination et la "
                                    "calibration <strong>par sous-groupe</strong> pertinent pour "
                                    "votre patientèle, et le nombre de patients de chaque groupe "
                                    "dans les données de validation. L'absence de ces données est "
                                    "en soi une information.</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "À retenir",
                                    "text": (
                                        "<p>Un biais naît souvent d'un choix raisonnable en "
                                        "apparence : la cible prédite, les données disponibles, "
                                        "l'appareil de mesure. Devant un outil, demandez ce qu'il "
                                        "prédit exactement, sur qui il a été entraîné, et comment "
                                        "il se comporte dans les groupes qui ressemblent à vos "
                                        "patients.</p>"
                                    ),
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": "Un outil d'aide au tri des lésions cutanées",
                                    "text": (
                                        "<p>Une pharmacie d'officine se voit proposer une "
                                        "application qui photographie les grains de beauté et "
                                        "indique « risque faible » ou « à montrer à un médecin ». "
                                        "La documentation annonce d'excellentes performances mais "
                                        "ne précise pas la répartition des phototypes dans les "
                                        "images d'apprentissage. Une partie importante de la "
                                        "clientèle de l'officine a une peau foncée.</p>"
                                    ),
                                    "question": (
                                        "Quelles questions poser avant de proposer l'outil, et "
                                        "comment l'utiliser le cas échéant ?"
                                    ),
                                    "discussion": (
                                        "<p>Il faut demander la répartition des phototypes dans "
                                        "les données d'apprentissage et de validation, les "
                                        "performances par phototype, le statut réglementaire "
                                        "(marquage CE comme dispositif médical et classe) et la "
                                        "destination d'usage revendiquée. Sans données "
                                        "rassurantes pour les peaux foncées, un « risque faible » "
                                        "ne doit jamais faire renoncer à un avis médical quand la "
                                        "lésion inquiète le patient ou le pharmacien. Le message "
                                        "au patient doit rester : en cas de doute, on montre la "
                                        "lésion à un médecin.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "Dans l'étude d'Obermeyer et al. (2019), quelle est la "
                                        "principale cause du biais observé ?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "L'algorithme utilisait explicitement l'origine "
                                                "ethnique comme variable."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : le biais existait sans que l'origine soit "
                                                "une variable d'entrée. Il venait de la cible "
                                                "prédite."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "L'algorithme prédisait les dépenses de santé, "
                                                "plus faibles à besoin égal chez les patients "
                                                "noirs."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Oui : la variable cible (le coût) était un "
                                                "mauvais indicateur du besoin de soins, car "
                                                "l'accès aux soins différait selon les groupes."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "L'algorithme était mal calibré pour prédire les "
                                                "dépenses."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : il prédisait correctement les dépenses "
                                                "dans les deux groupes ; le problème est que les "
                                                "dépenses ne reflètent pas le besoin."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Les données d'apprentissage ne contenaient aucun "
                                                "patient noir."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : les patients noirs étaient présents dans "
                                                "les données ; ce n'est pas un problème "
                                                "d'échantillonnage."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                    {
                        "title": (
                            "Qui est responsable quand l'algorithme se trompe, et comment "
                            "l'expliquer au patient"
                        ),
                        "summary": (
                            "Votre devoir de soignant, le cadre européen (dispositifs médicaux, "
                            "IA à haut risque), la traçabilité de la décision, la "
                            "matériovigilance et la parole au patient."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "La décision reste une décision de soignant"],
                            [
                                "paragraph",
                                (
                                    "<p>Un outil d'aide à la décision ne décide pas. Le "
                                    "professionnel qui l'utilise reste tenu de donner des soins "
                                    "conformes aux données acquises de la science, avec une "
                                    "<strong>obligation de moyens</strong> : il répond de la "
                                    "façon dont il a utilisé (ou ignoré) l'outil, selon les "
                                    "règles habituelles de la responsabilité pour faute. Suivre "
                                    "aveuglément une recommandation manifestement inadaptée au "
                                    "patient, ou utiliser un outil en dehors de l'usage prévu par "
                                    "son fabricant, peut vous être reproché. À l'inverse, "
                                    "s'écarter d'une recommandation pour une raison clinique "
                                    "argumentée et tracée est un exercice normal du jugement.</p>"
                                ),
                            ],
                            ["heading", "Le cadre : dispositif médical et règlement sur l'IA"],
                            [
                                "paragraph",
                                (
                                    "<p>Un logiciel qui a une finalité médicale (diagnostic, "
                                    "prévention, surveillance, prédiction, aide au traitement) "
                                    "est un <strong>dispositif médical</strong> au sens du "
                                    "règlement européen 2017/745 (MDR). Il doit porter le "
                                    "<strong>marquage CE</strong> pour sa destination d'usage "
                                    "déclarée ; la plupart des logiciels d'aide à la décision "
                                    "relèvent au minimum de la classe IIa, ce qui impose "
                                    "l'intervention d'un organisme notifié. Vérifiez le marquage "
                                    "et lisez la destination d'usage : c'est elle qui définit les "
                                    "patients et les situations pour lesquels l'outil a été "
                                    "évalué.</p><p>Le <strong>règlement européen sur "
                                    "l'intelligence artificielle</strong> (règlement 2024/1689, "
                                    "dit AI Act), entré en vigueur en août 2024 et applicable par "
                                    "étapes, classe comme « à haut risque » les systèmes d'IA qui "
                                    "sont des dispositifs médicaux soumis à l'évaluation d'un "
                                    "organisme notifié. Il impose au fabricant des exigences "
                                    "(gestion des risques, qualité des données, transparence, "
                                    "contrôle humain) et à l'établissement ou au professionnel "
                                    "qui l'utilise (le « déployeur ») d'utiliser l'outil "
                                    "conformément à sa notice, d'en confier la supervision à des "
                                    "personnes compétentes et de signaler les incidents graves. "
                                    "Le calendrier d'application aux dispositifs médicaux a fait "
                                    "l'objet de propositions d'ajustement : vérifiez le "
                                    "calendrier en vigueur.</p>"
                                ),
                            ],
                            [
                                "paragraph",
                                (
                                    "<p>En France, l'article L. 4001-3 du code de la santé "
                                    "publique, issu de la loi de bioéthique de 2021, prévoit que "
                                    "le professionnel qui utilise un dispositif médical "
                                    "comportant un traitement algorithmique dont l'apprentissage "
                                    "a été réalisé à partir de données massives s'assure que "
                                    "<strong>le patient en a été informé</strong>, et que les "
                                    "concepteurs garantissent l'explicabilité de son "
                                    "fonctionnement pour les utilisateurs.</p>"
                                ),
                            ],
                            ["heading", "Tracer la décision et signaler les incidents"],
                            [
                                "paragraph",
                                (
                                    "<p>Notez dans le dossier : l'outil utilisé (nom et, si "
                                    "possible, version), le résultat affiché, votre "
                                    "interprétation, la décision prise et, si vous vous écartez "
                                    "de la recommandation, pourquoi. Cette traçabilité protège le "
                                    "patient, facilite la continuité des soins et vous protège en "
                                    "cas de litige.</p><p>Si un outil produit un résultat erroné "
                                    "ayant entraîné ou pu entraîner un dommage grave (retard de "
                                    "diagnostic, traitement inadapté), il s'agit d'un incident de "
                                    "dispositif médical : tout professionnel de santé qui en a "
                                    "connaissance doit le <strong>signaler sans délai à "
                                    "l'ANSM</strong> (matériovigilance), via le portail de "
                                    "signalement des événements sanitaires indésirables ou, en "
                                    "établissement, par le correspondant local de "
                                    "matériovigilance. Le signalement permet d'identifier un "
                                    "défaut qui touche d'autres patients.</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "À retenir",
                                    "text": (
                                        "<p>Vérifiez le marquage CE et la destination d'usage ; "
                                        "utilisez l'outil dans ce cadre ; gardez la main sur la "
                                        "décision ; tracez le résultat, votre interprétation et "
                                        "votre décision ; informez le patient ; signalez les "
                                        "incidents à la matériovigilance.</p>"
                                    ),
                                },
                            ],
                            ["heading", "Expliquer au patient une décision appuyée par l'IA"],
                            [
                                "patient_conversation",
                                {
                                    "situation": (
                                        "<p>Un outil d'analyse de l'ECG intégré à votre logiciel "
                                        "suggère une fibrillation atriale paroxystique chez une "
                                        "patiente de 68 ans. Vous avez relu le tracé et partagez "
                                        "cette conclusion ; vous lui proposez un Holter et "
                                        "discutez d'une anticoagulation. Elle vous demande : « "
                                        "C'est l'ordinateur qui a trouvé ça ? »</p>"
                                    ),
                                    "say": [
                                        (
                                            "Un logiciel m'a aidé à analyser votre "
                                            "électrocardiogramme. Il repère des anomalies qui "
                                            "peuvent passer inaperçues, mais il se trompe parfois "
                                            ": j'ai donc relu moi-même le tracé, et je suis "
                                            "d'accord avec lui."
                                        ),
                                        (
                                            "Ce n'est pas le logiciel qui décide. Il me donne une "
                                            "information de plus ; la décision, nous la prenons "
                                            "ensemble, en fonction de votre situation."
                                        ),
                                        (
                                            "Pour en être sûrs, je vous propose un enregistrement "
                                            "sur 24 heures. Selon le résultat, nous parlerons du "
                                            "traitement qui protège du risque d'AVC."
                                        ),
                                        (
                                            "Si vous voulez savoir comment fonctionne cet outil "
                                            "ou ce qui est noté dans votre dossier, vous pouvez "
                                            "me le demander à tout moment."
                                        ),
                                    ],
                                    "avoid": [
                                        (
                                            "« C'est l'intelligence artificielle qui l'a dit, "
                                            "elle ne se trompe pas » : c'est faux, et cela fait "
                                            "porter la décision sur l'outil plutôt que sur vous."
                                        ),
                                        (
                                            "« L'algorithme a une AUROC de 0,9 » : un chiffre "
                                            "technique ne renseigne pas la patiente et peut "
                                            "donner une fausse impression de certitude."
                                        ),
                                        (
                                            "Taire l'usage de l'outil : le patient a le droit "
                                            "d'en être informé, et le découvrir plus tard abîme "
                                            "la confiance."
                                        ),
                                    ],
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": "Une recommandation que vous ne suivez pas",
                                    "text": (
                                        "<p>Un logiciel d'aide à la prescription de votre "
                                        "officine affiche une alerte rouge « association "
                                        "déconseillée » entre deux traitements prescrits à un "
                                        "patient de 70 ans et propose de ne pas délivrer. Vous "
                                        "appelez le prescripteur : l'association est volontaire, "
                                        "surveillée par un bilan récent, et la posologie a été "
                                        "adaptée. Le logiciel maintient son alerte.</p>"
                                    ),
                                    "question": "Que faites-vous, et que consignez-vous ?",
                                    "discussion": (
                                        "<p>Vous pouvez délivrer après cet échange, en exerçant "
                                        "votre jugement : l'alerte est un signal, pas une "
                                        "obligation. Consignez dans le logiciel de l'officine "
                                        "(historique du patient, le cas échéant sous forme "
                                        "d'opinion pharmaceutique) l'alerte, l'appel au "
                                        "prescripteur, les éléments qui justifient la délivrance "
                                        "et les conseils donnés au patient (signes qui doivent "
                                        "faire consulter). Si l'alerte vous paraît erronée dans "
                                        "son principe (et non simplement prudente), signalez-le à "
                                        "l'éditeur, et à l'ANSM s'il s'agit d'un dispositif "
                                        "médical et que l'erreur aurait pu nuire.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "Un logiciel d'aide au diagnostic marqué CE a donné un "
                                        "résultat faussement rassurant qui a retardé une prise en "
                                        "charge et entraîné une aggravation. Que devez-vous faire "
                                        "? (plusieurs réponses)"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Signaler l'incident à l'ANSM au titre de la "
                                                "matériovigilance (directement ou via le "
                                                "correspondant local)."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Oui : c'est une obligation pour tout "
                                                "professionnel de santé ayant connaissance d'un "
                                                "incident grave lié à un dispositif médical."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Consigner dans le dossier le résultat affiché, "
                                                "votre interprétation et la chronologie."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Oui : la traçabilité est indispensable pour "
                                                "l'analyse de l'incident et la continuité des "
                                                "soins."
                                            ),
                                        },
                                        {
                                            "text": "Informer le patient de ce qui s'est passé.",
                                            "correct": True,
                                            "feedback": (
                                                "Oui : le patient doit être informé d'un dommage "
                                                "associé aux soins, de ses causes et de ses "
                                                "conséquences."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Rien : le marquage CE transfère toute la "
                                                "responsabilité au fabricant."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "Non : le marquage CE atteste la conformité du "
                                                "produit, il ne supprime ni votre responsabilité "
                                                "d'utilisateur ni votre obligation de signalement."
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
                            "Un score de risque d'hospitalisation a une AUROC de 0,85 dans la "
                            "cohorte de son développeur. Qu'en concluez-vous ?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Le score classe bien les patients dans cette cohorte, mais "
                                    "cela ne dit rien de sa calibration ni de sa valeur "
                                    "prédictive positive chez vos patients."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "85 % des patients signalés seront effectivement hospitalisés."
                                ),
                                "correct": False,
                            },
                            {
                                "text": "Le score est fiable dans toute population adulte.",
                                "correct": False,
                            },
                            {"text": "Le score se trompe dans 15 % des cas.", "correct": False},
                        ],
                        "explanation": (
                            "L'AUROC mesure la capacité à classer les patients (discrimination) "
                            "dans la population étudiée. Elle ne donne ni la proportion d'alertes "
                            "justes (qui dépend de la prévalence et du seuil), ni l'exactitude "
                            "des probabilités (calibration), et ne se transpose pas "
                            "automatiquement à une autre population."
                        ),
                    },
                    {
                        "text": (
                            "Un modèle prédit pour un groupe de patients un risque de 30 % alors "
                            "que 10 % ont l'événement, tout en conservant une bonne AUROC. Quel "
                            "est le problème ?"
                        ),
                        "multiple": False,
                        "options": [
                            {"text": "Un défaut de discrimination.", "correct": False},
                            {
                                "text": (
                                    "Un défaut de calibration : le modèle surestime le risque."
                                ),
                                "correct": True,
                            },
                            {"text": "Une prévalence trop élevée.", "correct": False},
                            {"text": "Aucun, puisque l'AUROC est bonne.", "correct": False},
                        ],
                        "explanation": (
                            "Les patients peuvent être classés dans le bon ordre (bonne "
                            "discrimination) alors que les probabilités affichées sont fausses. "
                            "Si l'on prend des décisions à partir de la probabilité elle-même, "
                            "une mauvaise calibration conduit à traiter ou à inquiéter à tort."
                        ),
                    },
                    {
                        "text": (
                            "Le même outil (sensibilité 90 %, spécificité 90 %) est utilisé en "
                            "service de réanimation, où la maladie recherchée est fréquente, et "
                            "en soins primaires, où elle est rare. Que se passe-t-il en soins "
                            "primaires ?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "La valeur prédictive positive baisse et la majorité des "
                                    "alertes peuvent être fausses."
                                ),
                                "correct": True,
                            },
                            {"text": "La sensibilité baisse.", "correct": False},
                            {"text": "La valeur prédictive positive augmente.", "correct": False},
                            {
                                "text": (
                                    "Rien ne change, les performances sont intrinsèques à l'outil."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "À sensibilité et spécificité constantes, la VPP chute quand la "
                            "prévalence diminue : les faux positifs, issus d'une population de "
                            "non-malades beaucoup plus nombreuse, deviennent majoritaires."
                        ),
                    },
                    {
                        "text": (
                            "Votre établissement envisage d'abaisser le seuil d'alerte d'un outil "
                            "de détection de la dégradation clinique pour « ne rater personne ». "
                            "Quelles conséquences devez-vous anticiper ? (plusieurs réponses)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": (
                                    "Une augmentation du nombre d'alertes, dont une plus grande "
                                    "part de fausses alertes."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Un risque de fatigue d'alerte, qui peut faire négliger les "
                                    "vraies alertes."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Une charge de travail supplémentaire qui doit être prévue "
                                    "(qui répond, en combien de temps)."
                                ),
                                "correct": True,
                            },
                            {"text": "Une amélioration automatique de l'AUROC.", "correct": False},
                        ],
                        "explanation": (
                            "Abaisser le seuil augmente la sensibilité au prix de davantage de "
                            "faux positifs. L'AUROC, qui résume tous les seuils, ne change pas. "
                            "Sans organisation adaptée, l'excès d'alertes peut au final faire "
                            "manquer plus de vrais cas."
                        ),
                    },
                    {
                        "text": (
                            "Pourquoi une validation externe indépendante est-elle importante "
                            "avant d'adopter un outil d'IA ?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Parce que les performances mesurées sur les données du "
                                    "développeur sont souvent meilleures que celles observées "
                                    "dans d'autres établissements ou populations."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "Parce qu'elle est la seule condition du marquage CE.",
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Parce qu'elle garantit que l'outil ne se dégradera pas dans "
                                    "le temps."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Parce qu'elle remplace la surveillance des performances "
                                    "après déploiement."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Les performances chutent souvent hors du contexte de développement "
                            "(exemple : AUROC annoncée de 0,76 à 0,83, mesurée à 0,63 pour un "
                            "modèle de sepsis). La validation externe ne dispense pas de "
                            "surveiller l'outil dans le temps, car les populations et les "
                            "pratiques évoluent."
                        ),
                    },
                    {
                        "text": (
                            "Parmi les mécanismes suivants, lesquels peuvent rendre un algorithme "
                            "moins performant ou inéquitable pour un groupe de patients ? "
                            "(plusieurs réponses)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": (
                                    "La sous-représentation de ce groupe dans les données "
                                    "d'apprentissage."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "L'utilisation d'une variable cible « proxy », comme les "
                                    "dépenses de santé à la place du besoin de soins."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Une mesure d'entrée moins exacte dans ce groupe, comme la "
                                    "SpO2 chez les patients à peau foncée."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "La présentation du résultat sous forme de couleur plutôt que "
                                    "de pourcentage."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Échantillonnage, choix de la cible et biais de mesure sont trois "
                            "sources majeures de biais algorithmique. Le mode d'affichage peut "
                            "influencer la lecture, mais il ne modifie pas les performances du "
                            "modèle pour un groupe donné."
                        ),
                    },
                    {
                        "text": (
                            "Un outil d'aide à la décision est utilisé chez un patient qui ne "
                            "correspond pas à sa destination d'usage (par exemple un enfant alors "
                            "que l'outil est validé chez l'adulte). Quelle affirmation est exacte "
                            "?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Le résultat n'a pas été évalué dans cette situation ; s'y "
                                    "fier engage votre responsabilité de soignant."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Le marquage CE couvre toute utilisation clinique de l'outil."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "La responsabilité est entièrement transférée à l'éditeur du "
                                    "logiciel."
                                ),
                                "correct": False,
                            },
                            {
                                "text": "C'est sans conséquence si l'AUROC est supérieure à 0,8.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Le marquage CE vaut pour la destination d'usage déclarée par le "
                            "fabricant. En dehors de ce cadre, les performances sont inconnues, "
                            "et l'utilisateur qui s'appuie sur le résultat en répond."
                        ),
                    },
                    {
                        "text": (
                            "Vous décidez de ne pas suivre la recommandation d'un outil d'IA pour "
                            "un patient. Que devez-vous faire ? (plusieurs réponses)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": "Noter dans le dossier le résultat affiché par l'outil.",
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Noter les éléments cliniques qui justifient votre décision."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Expliquer au patient votre raisonnement s'il a été informé "
                                    "du résultat ou s'il le demande."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "Obtenir l'accord écrit de l'éditeur du logiciel.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "S'écarter d'une recommandation est un acte de jugement clinique "
                            "normal, à condition d'être argumenté et tracé. L'éditeur n'a pas à "
                            "valider une décision de soin."
                        ),
                    },
                    {
                        "text": (
                            "Une patiente vous demande si c'est « l'ordinateur » qui a posé son "
                            "diagnostic. Quelle réponse est la plus appropriée ?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "« Un logiciel m'a aidé à analyser vos examens ; je l'ai "
                                    "vérifié moi-même, et c'est ensemble que nous décidons de la "
                                    "suite. »"
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "« Oui, et l'intelligence artificielle est plus fiable qu'un "
                                    "médecin. »"
                                ),
                                "correct": False,
                            },
                            {
                                "text": "« Ce serait trop compliqué à vous expliquer. »",
                                "correct": False,
                            },
                            {
                                "text": (
                                    "« L'outil a une AUROC de 0,92, vous pouvez être rassurée. »"
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Le patient doit être informé de l'usage de l'outil, en termes "
                            "simples, et comprendre que la décision reste humaine et partagée. "
                            "Les affirmations de supériorité ou les chiffres techniques "
                            "n'éclairent pas et peuvent tromper."
                        ),
                    },
                    {
                        "text": (
                            "Un outil de tri marqué CE sous-estime régulièrement la gravité chez "
                            "des patients âgés, sans dommage grave constaté pour l'instant. "
                            "Quelle est la conduite la plus adaptée ?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Documenter les cas, en informer l'équipe et le responsable "
                                    "de l'outil, et signaler à la matériovigilance un "
                                    "dysfonctionnement susceptible d'entraîner un dommage."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "Attendre qu'un patient subisse un dommage avant d'agir.",
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Désactiver l'outil de son propre chef sur tous les postes du "
                                    "service."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Ne rien faire, puisque le marquage CE garantit ses "
                                    "performances."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "La matériovigilance concerne aussi les dysfonctionnements qui "
                            "auraient pu entraîner un dommage. Documenter et remonter "
                            "l'information permet d'agir avant qu'un patient ne soit atteint ; "
                            "l'arrêt de l'outil relève d'une décision organisée, pas d'une "
                            "initiative isolée."
                        ),
                    },
                ],
            },
            "en": {
                "title": (
                    "AI in clinical practice: reading a score, spotting bias, owning the decision"
                ),
                "summary": (
                    "Understand what an algorithm's risk score is really worth, recognise bias, "
                    "know who answers for the decision and explain it simply to the patient."
                ),
                "audience": (
                    "Physicians, nurses, pharmacists and midwives who use, or are about to use, "
                    "an AI-based decision-support tool in primary care or in hospital. No "
                    "background in statistics or computing is needed."
                ),
                "objectives": [
                    (
                        "Distinguish discrimination (AUROC) from calibration, and estimate the "
                        "positive predictive value of an alert from the prevalence."
                    ),
                    (
                        "Explain how the choice of threshold, alert fatigue and dataset shift "
                        "change the clinical value of a tool."
                    ),
                    (
                        "Identify the main sources of algorithmic bias (training data, proxy "
                        "variables, measurement) and ask for performance by subgroup."
                    ),
                    (
                        "Place your responsibility when using an AI tool (CE marking, the EU AI "
                        "Act, traceability, materiovigilance) and document your decision."
                    ),
                    (
                        "Explain to a patient, in plain words, the role of the tool in a decision "
                        "that remains yours and theirs."
                    ),
                ],
                "lessons": [
                    {
                        "title": (
                            "Reading a risk score: discrimination, calibration and predictive value"
                        ),
                        "summary": (
                            "What AUROC and calibration measure, and why the positive predictive "
                            "value depends first of all on prevalence."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "What a score really gives you"],
                            [
                                "paragraph",
                                (
                                    "<p>An AI tool that “predicts” decompensation, sepsis or a "
                                    "fall does not give a diagnosis: it produces an "
                                    "<strong>estimated probability</strong> (or a score) from the "
                                    "data it is fed. To know what that number is worth for the "
                                    "patient in front of you, two properties must be examined "
                                    "separately: <strong>discrimination</strong> and "
                                    "<strong>calibration</strong>. A good tool needs both, and a "
                                    "serious evaluation reports both.</p>"
                                ),
                            ],
                            ["heading", "Discrimination: ranking patients in the right order"],
                            [
                                "paragraph",
                                (
                                    "<p>Discrimination is the ability to give higher scores to "
                                    "patients who will have the event than to those who will not. "
                                    "It is summarised by the <strong>area under the ROC curve "
                                    "(AUROC, or C statistic)</strong>: the probability that a "
                                    "randomly chosen patient with the event has a higher score "
                                    "than a randomly chosen patient without it. An AUROC of 0.5 "
                                    "is chance; 0.7 is modest; above 0.8, discrimination is "
                                    "usually considered good.</p><p>The AUROC says nothing about "
                                    "the threshold used in practice, how many false alerts you "
                                    "will receive, or whether the displayed probabilities are "
                                    "accurate.</p>"
                                ),
                            ],
                            ["heading", "Calibration: probabilities that mean what they say"],
                            [
                                "paragraph",
                                (
                                    "<p>A tool is well calibrated if, among patients given a 20% "
                                    "risk, about 20% actually have the event. This is checked "
                                    "with a <strong>calibration plot</strong> (predicted versus "
                                    "observed risk). A model can rank patients very well (good "
                                    "AUROC) while systematically overestimating risk, for "
                                    "instance because it was developed in a sicker population "
                                    "than yours. If you act on the probability itself (“above "
                                    "10%, I treat”), calibration is what matters.</p>"
                                ),
                            ],
                            ["heading", "Positive predictive value depends on prevalence"],
                            [
                                "paragraph",
                                (
                                    "<p>Take a tool with 90% sensitivity and 90% specificity, "
                                    "used in 1,000 patients.</p><ul><li>At a prevalence of 2%: 20 "
                                    "patients with the disease, 18 detected; 980 without, 98 "
                                    "false positives. <strong>PPV = 18 / 116, about "
                                    "16%.</strong></li><li>At a prevalence of 20%: 200 with the "
                                    "disease, 180 detected; 800 without, 80 false positives. "
                                    "<strong>PPV = 180 / 260, about 69%.</strong></li></ul><p>The "
                                    "same tool, with the same “performance”, therefore produces "
                                    "mostly false alerts in a low-risk population. A useful "
                                    "yardstick: the inverse of the PPV is the <strong>number "
                                    "needed to evaluate</strong> to find one true positive (about "
                                    "6 here, versus 1.4).</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "Key point",
                                    "text": (
                                        "<p>Always ask for three things: the AUROC "
                                        "(discrimination), the calibration plot in a population "
                                        "similar to yours, and the PPV at the threshold actually "
                                        "used <strong>at the prevalence of your own "
                                        "patients</strong>. High sensitivity and specificity do "
                                        "not guarantee that an alert is usually right.</p>"
                                    ),
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": "A hospitalisation risk score in primary care",
                                    "text": (
                                        "<p>Your group practice software offers a new module that "
                                        "flags older patients “at high risk of hospitalisation "
                                        "within 6 months”. The brochure quotes an AUROC of 0.82, "
                                        "measured in a hospital cohort of patients with multiple "
                                        "conditions. In your practice, about 3% of patients over "
                                        "75 are admitted over 6 months. The module flags a "
                                        "78-year-old man who lives independently, whose situation "
                                        "you know well and who is doing fine.</p>"
                                    ),
                                    "question": (
                                        "How do you interpret this alert, and what do you do?"
                                    ),
                                    "discussion": (
                                        "<p>The AUROC of 0.82 was measured in a sicker hospital "
                                        "population: neither calibration nor PPV is known in your "
                                        "setting, and at a prevalence of 3% most alerts will "
                                        "probably be false. The alert is a prompt to review the "
                                        "record (medicines, falls, isolation), not a conclusion. "
                                        "You can quickly check the risk factors you know about, "
                                        "record your assessment, and ask the vendor for "
                                        "validation data from primary care before using the "
                                        "module widely.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "A screening tool has 95% sensitivity and 95% "
                                        "specificity. It is used in a population where the "
                                        "disease prevalence is 1%. Among patients flagged "
                                        "positive, what proportion actually has the disease?"
                                    ),
                                    "options": [
                                        {
                                            "text": "About 95%",
                                            "correct": False,
                                            "feedback": (
                                                "No: 95% is the sensitivity, the proportion of "
                                                "diseased patients detected, not the proportion "
                                                "of true cases among positives."
                                            ),
                                        },
                                        {
                                            "text": "About 16%",
                                            "correct": True,
                                            "feedback": (
                                                "Yes: out of 10,000 patients, 95 true positives "
                                                "and 495 false positives, a PPV of about 95 / 590 "
                                                "≈ 16%. At low prevalence, false positives "
                                                "dominate."
                                            ),
                                        },
                                        {
                                            "text": "About 50%",
                                            "correct": False,
                                            "feedback": (
                                                "No: with this performance you would need a much "
                                                "higher prevalence (around 5%) to reach a PPV of "
                                                "that order."
                                            ),
                                        },
                                        {
                                            "text": "It cannot be known without the AUROC",
                                            "correct": False,
                                            "feedback": (
                                                "No: sensitivity, specificity and prevalence are "
                                                "enough to compute the PPV at this threshold; the "
                                                "AUROC summarises discrimination across all "
                                                "thresholds."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                    {
                        "title": "Thresholds, alert fatigue and external validation",
                        "summary": (
                            "Why a tool that performs well for its developer can disappoint in "
                            "your setting, and how the alert threshold changes everything."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "The threshold is a clinical and organisational choice"],
                            [
                                "paragraph",
                                (
                                    "<p>A continuous score becomes an alert when it crosses a "
                                    "<strong>threshold</strong>. Lowering the threshold increases "
                                    "sensitivity (fewer missed cases) but multiplies false "
                                    "alerts; raising it does the opposite. There is no universal "
                                    "“right” threshold: it depends on how serious a missed event "
                                    "is, the cost of a needless alert (tests, worry, staff time) "
                                    "and the team's capacity to respond. The choice must be "
                                    "explicit, documented and reviewed.</p>"
                                ),
                            ],
                            [
                                "paragraph",
                                (
                                    "<p><strong>Alert fatigue</strong> sets in when clinicians "
                                    "receive so many alerts, mostly false, that they start "
                                    "ignoring them or dismissing them unread, true alerts "
                                    "included. A tool that alerts on nearly one hospitalised "
                                    "patient in five, as in the 2021 external validation of the "
                                    "Epic Sepsis Model, creates a workload few teams can absorb. "
                                    "So measure the number of alerts per day and per clinician "
                                    "too.</p>"
                                ),
                            ],
                            ["heading", "Internal versus external validation"],
                            [
                                "paragraph",
                                (
                                    "<p>The performance published by a developer is often "
                                    "measured on data close to those used to build the model "
                                    "(internal validation). It is almost always better than what "
                                    "is seen elsewhere. <strong>External validation</strong> "
                                    "tests the model in another hospital, another period or "
                                    "another population, ideally independently of the developer. "
                                    "In the University of Michigan study, the sepsis model "
                                    "advertised with an AUROC of 0.76 to 0.83 reached only 0.63 "
                                    "and missed about two thirds of cases.</p>"
                                ),
                            ],
                            [
                                "paragraph",
                                (
                                    "<p><strong>Dataset shift</strong> means any gap between the "
                                    "training data and the data met in practice: a different "
                                    "population (age, severity, ethnicity), different care "
                                    "practices (a test ordered more often becomes a “signal”), a "
                                    "new measuring device or laboratory system, changes in "
                                    "coding, an epidemic. Performance can drift down gradually "
                                    "without anyone noticing: a tool must be <strong>monitored "
                                    "over time</strong>, not just evaluated once.</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "Questions to ask before adopting a tool",
                                    "text": (
                                        "<ul><li>In which population and period was it developed "
                                        "and validated? Is there an independent external "
                                        "validation?</li><li>What are the calibration and the PPV "
                                        "at the planned threshold, in a population comparable to "
                                        "ours?</li><li>How many alerts per day will that mean, "
                                        "and who responds?</li><li>How will performance be "
                                        "monitored after go-live, and by whom?</li></ul>"
                                    ),
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": "A sepsis alert on a medical ward",
                                    "text": (
                                        "<p>You are the night nurse on a medical ward. The "
                                        "electronic record shows a “sepsis risk” alert for an "
                                        "82-year-old woman admitted with heart failure. It is the "
                                        "sixth alert of the night on the ward; the first five "
                                        "came to nothing. Her observations: temperature 37.9 °C, "
                                        "respiratory rate 24/min, blood pressure 98/60 mmHg, and "
                                        "she is a little less responsive than earlier in the "
                                        "evening.</p>"
                                    ),
                                    "question": (
                                        "Should this alert be treated as one more false alarm?"
                                    ),
                                    "discussion": (
                                        "<p>No. The alert itself has a low PPV, but your clinical "
                                        "assessment adds independent and worrying findings: "
                                        "tachypnoea, low blood pressure and reduced alertness. "
                                        "Clinical judgement comes first, in either direction: "
                                        "call the doctor on duty according to the ward procedure "
                                        "and record the observations. The number of useless "
                                        "alerts during the night should also be reported to the "
                                        "team that configures the tool: this is exactly the "
                                        "situation in which alert fatigue makes people miss true "
                                        "cases.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "Which of the following can degrade a model's performance "
                                        "compared with its initial validation? (select all that "
                                        "apply)"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "The laboratory changes its analyser and "
                                                "reference values for a test used by the model."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Yes: an input variable measured differently is a "
                                                "classic dataset shift."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The model is deployed in a hospital whose "
                                                "patients are older and have more comorbidities."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Yes: a change in population alters at least "
                                                "calibration and PPV, often discrimination too."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Clinicians, prompted by the tool, order earlier "
                                                "the tests that are themselves model inputs."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Yes: care practices change the input data; the "
                                                "model may then pick up clinician behaviour "
                                                "rather than the patient's condition."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The server hosting the model is replaced by a "
                                                "faster one, with no change to the code or the "
                                                "data."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No: with no change to the model or its inputs, a "
                                                "purely hardware change does not alter the "
                                                "predictions."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                    {
                        "title": "Bias: where it comes from and how to spot it",
                        "summary": (
                            "Training data, proxy variables and measurement bias: how an "
                            "algorithm can disadvantage a group of patients, and what you can "
                            "check."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "An algorithm reproduces the data it learns from"],
                            [
                                "paragraph",
                                (
                                    "<p>A model has no intentions: it learns the patterns present "
                                    "in its data, including inequalities in access to care and "
                                    "gaps in measurement. Several mechanisms, often combined, can "
                                    "be distinguished:</p><ul><li><strong>Sampling bias</strong>: "
                                    "some groups are under-represented in the training data (for "
                                    "example, skin lesion photographs mostly from light skin), "
                                    "and the model performs worse for them.</li><li><strong>Label "
                                    "(proxy) bias</strong>: the model predicts an easy-to-measure "
                                    "variable instead of the one we care about, for example "
                                    "healthcare spending instead of healthcare "
                                    "need.</li><li><strong>Measurement bias</strong>: an input is "
                                    "less accurate in some groups.</li><li><strong>Data missing "
                                    "not at random</strong>: patients who see clinicians less "
                                    "often have thinner records, and the model wrongly rates them "
                                    "as lower risk.</li></ul>"
                                ),
                            ],
                            ["heading", "Cost used as a stand-in for need"],
                            [
                                "paragraph",
                                (
                                    "<p>In 2019, Obermeyer and colleagues analysed in "
                                    "<em>Science</em> a commercial algorithm used in the United "
                                    "States to refer patients to high-risk care management "
                                    "programmes. It predicted <strong>future healthcare "
                                    "costs</strong>. Yet, at the same level of health, less money "
                                    "was spent on Black patients than on White patients. As a "
                                    "result, at the same score, Black patients were considerably "
                                    "sicker. The authors estimated that removing the bias would "
                                    "raise the share of Black patients automatically identified "
                                    "from 17.7% to 46.5%. The model predicted costs accurately: "
                                    "the <strong>choice of label</strong> created the bias.</p>"
                                ),
                            ],
                            ["heading", "When the measurement itself is biased"],
                            [
                                "paragraph",
                                (
                                    "<p>Pulse oximeters more often overestimate oxygen saturation "
                                    "in patients with darker skin; “occult” hypoxaemia (low "
                                    "arterial saturation despite a reassuring SpO2) has been "
                                    "reported more often in Black than in White patients. Any "
                                    "score that uses SpO2 inherits this bias. Likewise, an "
                                    "equation or threshold that includes race or ethnicity as a "
                                    "variable deserves scrutiny: the variable may hide a real "
                                    "factor (exposure, access to care) or create an artificial "
                                    "one.</p>"
                                ),
                            ],
                            ["heading", "Ask for performance by subgroup"],
                            [
                                "paragraph",
                                (
                                    "<p>Satisfactory average performance can hide a poor tool for "
                                    "a subgroup: women, older people, children, patients with "
                                    "darker skin, people in precarious situations, patients with "
                                    "a rare disease. Ask the vendor for discrimination and "
                                    "calibration <strong>by subgroup</strong> relevant to your "
                                    "patients, and for the number of patients in each group in "
                                    "the validation data. The absence of such data is itself "
                                    "informative.</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "Key point",
                                    "text": (
                                        "<p>Bias often starts with a choice that looks "
                                        "reasonable: the label predicted, the data available, the "
                                        "measuring device. Faced with a tool, ask what exactly it "
                                        "predicts, who it was trained on, and how it behaves in "
                                        "groups that resemble your patients.</p>"
                                    ),
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": "An app to triage skin lesions",
                                    "text": (
                                        "<p>A community pharmacy is offered an app that "
                                        "photographs moles and displays “low risk” or “show to a "
                                        "doctor”. The documentation reports excellent performance "
                                        "but does not give the distribution of skin types in the "
                                        "training images. A large share of the pharmacy's "
                                        "customers have darker skin.</p>"
                                    ),
                                    "question": (
                                        "What should be asked before offering the tool, and how "
                                        "should it be used if adopted?"
                                    ),
                                    "discussion": (
                                        "<p>Ask for the distribution of skin types in the "
                                        "training and validation data, performance by skin type, "
                                        "the regulatory status (CE marking as a medical device "
                                        "and its class) and the stated intended purpose. Without "
                                        "reassuring data for darker skin, a “low risk” result "
                                        "must never lead anyone to forgo medical advice when the "
                                        "lesion worries the patient or the pharmacist. The "
                                        "message to the patient remains: if in doubt, show the "
                                        "lesion to a doctor.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "In Obermeyer et al. (2019), what was the main cause of "
                                        "the bias observed?"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "The algorithm explicitly used race as an input "
                                                "variable."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No: the bias existed although race was not an "
                                                "input. It came from the label being predicted."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The algorithm predicted healthcare costs, which "
                                                "were lower for Black patients at the same level "
                                                "of need."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Yes: the label (cost) was a poor proxy for "
                                                "healthcare need, because access to care differed "
                                                "between groups."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The algorithm was poorly calibrated for "
                                                "predicting costs."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No: it predicted costs accurately in both "
                                                "groups; the problem is that costs do not reflect "
                                                "need."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "The training data contained no Black patients."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No: Black patients were present in the data; "
                                                "this was not a sampling problem."
                                            ),
                                        },
                                    ],
                                },
                            ],
                        ],
                    },
                    {
                        "title": (
                            "Who is responsible when the algorithm errs, and how to explain it to "
                            "the patient"
                        ),
                        "summary": (
                            "Your duty as a clinician, the European framework (medical devices, "
                            "high-risk AI), recording the decision, materiovigilance and talking "
                            "with the patient."
                        ),
                        "estimated_minutes": 25,
                        "body": [
                            ["heading", "The decision remains a clinician's decision"],
                            [
                                "paragraph",
                                (
                                    "<p>A decision-support tool does not decide. The professional "
                                    "who uses it must still provide care in line with current "
                                    "scientific knowledge, under an <strong>obligation of "
                                    "means</strong> (a duty of care, not a guarantee of outcome): "
                                    "you answer for how you used (or ignored) the tool, under the "
                                    "usual rules of liability for fault. Blindly following a "
                                    "recommendation that is clearly unsuited to the patient, or "
                                    "using a tool outside the intended purpose stated by its "
                                    "manufacturer, can be held against you. Conversely, departing "
                                    "from a recommendation for a reasoned and recorded clinical "
                                    "reason is a normal exercise of judgement.</p>"
                                ),
                            ],
                            ["heading", "The framework: medical devices and the AI Act"],
                            [
                                "paragraph",
                                (
                                    "<p>Software with a medical purpose (diagnosis, prevention, "
                                    "monitoring, prediction, treatment support) is a "
                                    "<strong>medical device</strong> under the EU Medical Device "
                                    "Regulation 2017/745 (MDR). It must bear the <strong>CE "
                                    "mark</strong> for its declared intended purpose; most "
                                    "decision-support software falls at least into class IIa, "
                                    "which requires assessment by a notified body. Check the "
                                    "marking and read the intended purpose: it defines the "
                                    "patients and situations for which the tool was "
                                    "evaluated.</p><p>The <strong>EU Artificial Intelligence "
                                    "Act</strong> (Regulation 2024/1689), in force since August "
                                    "2024 and applying in stages, classifies as “high-risk” AI "
                                    "systems that are medical devices subject to notified-body "
                                    "assessment. It places requirements on the manufacturer (risk "
                                    "management, data quality, transparency, human oversight) and "
                                    "requires the hospital or professional using it (the "
                                    "“deployer”) to use it according to its instructions, to "
                                    "assign oversight to competent people and to report serious "
                                    "incidents. The application timetable for medical devices has "
                                    "been subject to proposed adjustments: check the timetable "
                                    "currently in force.</p>"
                                ),
                            ],
                            [
                                "paragraph",
                                (
                                    "<p>In France, article L. 4001-3 of the Public Health Code, "
                                    "introduced by the 2021 bioethics law, provides that a "
                                    "professional who uses a medical device involving algorithmic "
                                    "processing trained on large datasets must make sure that "
                                    "<strong>the patient has been informed</strong>, and that "
                                    "designers must ensure their system's operation is "
                                    "explainable to users.</p>"
                                ),
                            ],
                            ["heading", "Record the decision and report incidents"],
                            [
                                "paragraph",
                                (
                                    "<p>Record in the notes: the tool used (name and, if "
                                    "possible, version), the output displayed, your "
                                    "interpretation, the decision taken and, if you depart from "
                                    "the recommendation, why. This traceability protects the "
                                    "patient, supports continuity of care and protects you in "
                                    "case of dispute.</p><p>If a tool produces an erroneous "
                                    "output that caused or could have caused serious harm "
                                    "(delayed diagnosis, inappropriate treatment), it is a "
                                    "medical device incident: any health professional aware of it "
                                    "must <strong>report it without delay to the ANSM</strong>, "
                                    "the French medicines and medical devices agency "
                                    "(materiovigilance), through the national adverse event "
                                    "reporting portal or, in hospital, through the local "
                                    "materiovigilance officer. Reporting helps identify a defect "
                                    "that affects other patients. Outside France, use your "
                                    "national competent authority's reporting route.</p>"
                                ),
                            ],
                            [
                                "key_point",
                                {
                                    "title": "Key point",
                                    "text": (
                                        "<p>Check the CE marking and intended purpose; use the "
                                        "tool within that scope; stay in charge of the decision; "
                                        "record the output, your interpretation and your "
                                        "decision; inform the patient; report incidents to "
                                        "materiovigilance.</p>"
                                    ),
                                },
                            ],
                            ["heading", "Explaining an AI-supported decision to the patient"],
                            [
                                "patient_conversation",
                                {
                                    "situation": (
                                        "<p>An ECG analysis tool built into your software "
                                        "suggests paroxysmal atrial fibrillation in a 68-year-old "
                                        "woman. You have reviewed the tracing and agree; you "
                                        "suggest a Holter recording and discuss anticoagulation. "
                                        "She asks: “So it was the computer that found it?”</p>"
                                    ),
                                    "say": [
                                        (
                                            "A piece of software helped me analyse your ECG. It "
                                            "picks up abnormalities that can be missed, but it "
                                            "sometimes gets things wrong, so I checked the "
                                            "tracing myself, and I agree with it."
                                        ),
                                        (
                                            "The software doesn't decide. It gives me one more "
                                            "piece of information; we make the decision together, "
                                            "based on your situation."
                                        ),
                                        (
                                            "To be sure, I'd like you to wear a 24-hour recorder. "
                                            "Depending on the result, we'll talk about the "
                                            "treatment that protects against stroke."
                                        ),
                                        (
                                            "If you'd like to know how this tool works or what is "
                                            "written in your record, you can ask me at any time."
                                        ),
                                    ],
                                    "avoid": [
                                        (
                                            "“The artificial intelligence said so, it doesn't "
                                            "make mistakes”: untrue, and it puts the decision on "
                                            "the tool rather than on you."
                                        ),
                                        (
                                            "“The algorithm has an AUROC of 0.9”: a technical "
                                            "figure tells the patient nothing useful and can give "
                                            "a false sense of certainty."
                                        ),
                                        (
                                            "Not mentioning the tool at all: the patient is "
                                            "entitled to know, and finding out later damages "
                                            "trust."
                                        ),
                                    ],
                                },
                            ],
                            [
                                "vignette",
                                {
                                    "title": "A recommendation you do not follow",
                                    "text": (
                                        "<p>The prescription-checking software in your pharmacy "
                                        "shows a red “combination not recommended” alert for two "
                                        "medicines prescribed to a 70-year-old man and suggests "
                                        "not dispensing. You call the prescriber: the combination "
                                        "is intentional, monitored with recent blood tests, and "
                                        "the dose has been adjusted. The software keeps its "
                                        "alert.</p>"
                                    ),
                                    "question": "What do you do, and what do you record?",
                                    "discussion": (
                                        "<p>After this conversation you can dispense, exercising "
                                        "your judgement: the alert is a signal, not an order. "
                                        "Record the alert, the call to the prescriber, the "
                                        "reasons for dispensing and the advice given to the "
                                        "patient (symptoms that should prompt a consultation) in "
                                        "the pharmacy record. If the alert seems wrong in "
                                        "principle (rather than merely cautious), report it to "
                                        "the vendor, and to the ANSM if the software is a medical "
                                        "device and the error could have caused harm.</p>"
                                    ),
                                },
                            ],
                            [
                                "knowledge_check",
                                {
                                    "question": (
                                        "CE-marked diagnostic support software gave a falsely "
                                        "reassuring result that delayed care and led to "
                                        "deterioration. What should you do? (select all that "
                                        "apply)"
                                    ),
                                    "options": [
                                        {
                                            "text": (
                                                "Report the incident to the ANSM under "
                                                "materiovigilance (directly or through the local "
                                                "officer)."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Yes: any health professional aware of a serious "
                                                "incident involving a medical device must report "
                                                "it."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Record in the notes the output displayed, your "
                                                "interpretation and the timeline."
                                            ),
                                            "correct": True,
                                            "feedback": (
                                                "Yes: traceability is essential for analysing the "
                                                "incident and for continuity of care."
                                            ),
                                        },
                                        {
                                            "text": "Tell the patient what happened.",
                                            "correct": True,
                                            "feedback": (
                                                "Yes: patients must be informed of harm "
                                                "associated with care, its causes and its "
                                                "consequences."
                                            ),
                                        },
                                        {
                                            "text": (
                                                "Nothing: CE marking transfers all responsibility "
                                                "to the manufacturer."
                                            ),
                                            "correct": False,
                                            "feedback": (
                                                "No: CE marking attests that the product "
                                                "conforms; it removes neither your responsibility "
                                                "as a user nor your duty to report."
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
                            "A hospitalisation risk score has an AUROC of 0.85 in its developer's "
                            "cohort. What can you conclude?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "The score ranks patients well in that cohort, but this says "
                                    "nothing about its calibration or its positive predictive "
                                    "value in your patients."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "85% of flagged patients will actually be admitted.",
                                "correct": False,
                            },
                            {
                                "text": "The score is reliable in any adult population.",
                                "correct": False,
                            },
                            {"text": "The score is wrong in 15% of cases.", "correct": False},
                        ],
                        "explanation": (
                            "The AUROC measures the ability to rank patients (discrimination) in "
                            "the population studied. It gives neither the proportion of correct "
                            "alerts (which depends on prevalence and threshold) nor the accuracy "
                            "of the probabilities (calibration), and it does not automatically "
                            "transfer to another population."
                        ),
                    },
                    {
                        "text": (
                            "For a group of patients, a model predicts a 30% risk when 10% "
                            "actually have the event, while keeping a good AUROC. What is the "
                            "problem?"
                        ),
                        "multiple": False,
                        "options": [
                            {"text": "Poor discrimination.", "correct": False},
                            {
                                "text": "Poor calibration: the model overestimates risk.",
                                "correct": True,
                            },
                            {"text": "Prevalence that is too high.", "correct": False},
                            {"text": "None, since the AUROC is good.", "correct": False},
                        ],
                        "explanation": (
                            "Patients can be ranked in the right order (good discrimination) "
                            "while the displayed probabilities are wrong. If decisions are based "
                            "on the probability itself, poor calibration leads to overtreatment "
                            "or needless worry."
                        ),
                    },
                    {
                        "text": (
                            "The same tool (90% sensitivity, 90% specificity) is used in "
                            "intensive care, where the target condition is common, and in primary "
                            "care, where it is rare. What happens in primary care?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "The positive predictive value falls and most alerts may be "
                                    "false."
                                ),
                                "correct": True,
                            },
                            {"text": "Sensitivity falls.", "correct": False},
                            {"text": "The positive predictive value rises.", "correct": False},
                            {
                                "text": "Nothing changes; performance is intrinsic to the tool.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "At constant sensitivity and specificity, PPV falls as prevalence "
                            "falls: false positives, coming from a much larger population without "
                            "the disease, become the majority."
                        ),
                    },
                    {
                        "text": (
                            "Your hospital plans to lower the alert threshold of a clinical "
                            "deterioration tool so as to “miss nobody”. Which consequences should "
                            "you anticipate? (select all that apply)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": "More alerts, a larger share of which are false.",
                                "correct": True,
                            },
                            {
                                "text": (
                                    "A risk of alert fatigue, which can lead to true alerts being "
                                    "neglected."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Extra workload that must be planned for (who responds, how "
                                    "fast)."
                                ),
                                "correct": True,
                            },
                            {"text": "An automatic improvement in the AUROC.", "correct": False},
                        ],
                        "explanation": (
                            "Lowering the threshold increases sensitivity at the cost of more "
                            "false positives. The AUROC, which summarises all thresholds, does "
                            "not change. Without a matching organisation, the flood of alerts can "
                            "end up causing more true cases to be missed."
                        ),
                    },
                    {
                        "text": (
                            "Why does independent external validation matter before adopting an "
                            "AI tool?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Because performance measured on the developer's data is "
                                    "often better than what is seen in other hospitals or "
                                    "populations."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "Because it is the only condition for CE marking.",
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Because it guarantees that the tool will not degrade over "
                                    "time."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Because it replaces monitoring of performance after "
                                    "deployment."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Performance often drops outside the development setting (for "
                            "example, an advertised AUROC of 0.76–0.83 measured at 0.63 for a "
                            "sepsis model). External validation does not remove the need to "
                            "monitor the tool over time, because populations and practices change."
                        ),
                    },
                    {
                        "text": (
                            "Which of the following mechanisms can make an algorithm perform "
                            "worse, or unfairly, for a group of patients? (select all that apply)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": "Under-representation of that group in the training data.",
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Use of a proxy label, such as healthcare costs instead of "
                                    "healthcare need."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "An input measured less accurately in that group, such as "
                                    "SpO2 in patients with darker skin."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Displaying the result as a colour rather than a percentage."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Sampling, the choice of label and measurement bias are three major "
                            "sources of algorithmic bias. The display format can influence how a "
                            "result is read, but it does not change the model's performance for a "
                            "given group."
                        ),
                    },
                    {
                        "text": (
                            "A decision-support tool is used in a patient outside its intended "
                            "purpose (for example a child, when the tool is validated in adults). "
                            "Which statement is correct?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "The output has not been evaluated in this situation; relying "
                                    "on it engages your responsibility as a clinician."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "CE marking covers any clinical use of the tool.",
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Responsibility is entirely transferred to the software vendor."
                                ),
                                "correct": False,
                            },
                            {
                                "text": "It does not matter if the AUROC is above 0.8.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "CE marking applies to the intended purpose declared by the "
                            "manufacturer. Outside it, performance is unknown, and the user who "
                            "relies on the output answers for it."
                        ),
                    },
                    {
                        "text": (
                            "You decide not to follow an AI tool's recommendation for a patient. "
                            "What should you do? (select all that apply)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": "Record in the notes the output displayed by the tool.",
                                "correct": True,
                            },
                            {
                                "text": "Record the clinical reasons for your decision.",
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Explain your reasoning to the patient if they were told "
                                    "about the result or ask about it."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "Obtain the software vendor's written agreement.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Departing from a recommendation is a normal act of clinical "
                            "judgement, provided it is reasoned and recorded. The vendor has no "
                            "role in approving a care decision."
                        ),
                    },
                    {
                        "text": (
                            "A patient asks whether “the computer” made her diagnosis. Which "
                            "answer is most appropriate?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "“Software helped me analyse your tests; I checked it myself, "
                                    "and we'll decide together what to do next.”"
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "“Yes, and artificial intelligence is more reliable than a "
                                    "doctor.”"
                                ),
                                "correct": False,
                            },
                            {"text": "“It would be too complicated to explain.”", "correct": False},
                            {
                                "text": (
                                    "“The tool has an AUROC of 0.92, so you can be reassured.”"
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "The patient should be told, in plain words, that the tool was used "
                            "and understand that the decision remains human and shared. Claims of "
                            "superiority or technical figures do not inform and can mislead."
                        ),
                    },
                    {
                        "text": (
                            "A CE-marked triage tool regularly underestimates severity in older "
                            "patients, with no serious harm observed so far. What is the most "
                            "appropriate course of action?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Document the cases, inform the team and the person in charge "
                                    "of the tool, and report to materiovigilance a malfunction "
                                    "that could lead to harm."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "Wait until a patient is harmed before acting.",
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Switch the tool off on every workstation on the ward on your "
                                    "own initiative."
                                ),
                                "correct": False,
                            },
                            {
                                "text": "Do nothing, since CE marking guarantees its performance.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Materiovigilance also covers malfunctions that could have caused "
                            "harm. Documenting and escalating allows action before a patient is "
                            "harmed; withdrawing the tool is an organised decision, not an "
                            "individual initiative."
                        ),
                    },
                ],
            },
        },
    }
]
