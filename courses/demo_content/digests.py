"""Demo study digests of real studies (Obermeyer 2019, Wong 2021, Koehler/TIM-HF2 2018), FR and EN.

Figures are those reported by the authors; DOIs checked against the publishers' records."""

DIGESTS = [
    {
        "code": "obermeyer-2019-algorithmic-bias",
        "topics": ["ai", "ethics", "evidence"],
        "doi": "10.1126/science.aax2342",
        "publication_status": "published",
        "publication_year": 2019,
        "estimated_minutes": 30,
        "designations": [
            {"framework": "certification-periodique", "category": "bloc-1", "max_credits": "0.5"},
            {"framework": "ama-pra-1", "category": "journal-cme", "max_credits": "0.5"},
        ],
        "translations": {
            "fr": {
                "title": (
                    "Biais racial dans un algorithme de gestion de la santé des populations "
                    "(Obermeyer et al., Science 2019)"
                ),
                "citation": (
                    "Obermeyer Z, Powers B, Vogeli C, Mullainathan S. Dissecting racial bias in "
                    "an algorithm used to manage the health of populations. Science. "
                    "2019;366(6464):447-453."
                ),
                "design": (
                    "Étude observationnelle rétrospective d'un algorithme commercial en usage, à "
                    "partir des données d'un grand hôpital universitaire américain, avec "
                    "reconstruction de l'algorithme et entraînement d'algorithmes alternatifs sur "
                    "d'autres cibles."
                ),
                "population": (
                    "Patients de soins primaires couverts par des contrats de partage de risque "
                    "d'un hôpital universitaire américain : 43 539 patients se déclarant blancs "
                    "et 6 079 patients se déclarant noirs."
                ),
                "intervention": (
                    "Score de risque commercial, largement utilisé aux États-Unis, qui prédit les "
                    "dépenses de santé futures et sert à sélectionner les patients pour un "
                    "programme de suivi renforcé (inclusion automatique des scores les plus "
                    "élevés, proposition au médecin pour les scores intermédiaires)."
                ),
                "comparator": (
                    "Patients noirs et patients blancs ayant le même score ; algorithmes "
                    "alternatifs entraînés à prédire d'autres cibles (dépenses évitables, nombre "
                    "de maladies chroniques actives)."
                ),
                "outcomes": (
                    "État de santé à score égal (nombre de maladies chroniques actives, "
                    "biomarqueurs : HbA1c, pression artérielle, LDL-cholestérol, créatinine, "
                    "hématocrite), dépenses de santé, proportion de patients noirs identifiés "
                    "pour le programme."
                ),
                "results": (
                    "<p>À score de risque égal, les patients noirs étaient <strong>nettement plus "
                    "malades</strong> que les patients blancs : davantage de maladies chroniques "
                    "actives et des biomarqueurs plus défavorables. L'algorithme prédisait "
                    "correctement les dépenses dans les deux groupes, mais, à état de santé égal, "
                    "<strong>moins d'argent était dépensé pour les patients noirs</strong>, "
                    "reflet d'un accès aux soins inégal. En prenant les dépenses comme indicateur "
                    "du besoin, l'algorithme sous-estimait donc le besoin des patients "
                    "noirs.</p><p>Les auteurs ont estimé que supprimer cet écart ferait passer la "
                    "proportion de patients noirs parmi ceux identifiés automatiquement de "
                    "<strong>17,7 % à 46,5 %</strong>. Des algorithmes entraînés sur une cible "
                    "combinant l'état de santé et les dépenses réduisaient fortement le biais.</p>"
                ),
                "limitations": (
                    "<p>Un seul système de santé et un seul algorithme, dans le contexte "
                    "américain de l'assurance santé ; mesure de l'état de santé imparfaite "
                    "(maladies chroniques codées, quelques biomarqueurs) ; étude observationnelle "
                    "qui ne mesure pas l'effet sur les patients d'un algorithme corrigé.</p>"
                ),
                "practice_points": (
                    "<p>Devant tout outil de score, demandez <strong>ce qu'il prédit "
                    "exactement</strong> : une cible « proxy » (dépenses, recours aux soins, "
                    "examens prescrits) peut reproduire les inégalités d'accès aux soins sans que "
                    "l'origine figure parmi les variables. Demandez les performances et la "
                    "calibration par sous-groupe, et restez attentif aux patients qui consultent "
                    "peu : un dossier pauvre ne signifie pas un besoin faible.</p>"
                ),
                "check": [
                    {
                        "text": "Quelle variable l'algorithme étudié prédisait-il ?",
                        "multiple": False,
                        "options": [
                            {"text": "Les dépenses de santé futures.", "correct": True},
                            {"text": "La mortalité à un an.", "correct": False},
                            {"text": "Le nombre de maladies chroniques actives.", "correct": False},
                            {"text": "Le risque d'hospitalisation évitable.", "correct": False},
                        ],
                        "explanation": (
                            "L'algorithme prédisait les dépenses, utilisées comme indicateur du "
                            "besoin de soins. C'est ce choix de cible qui a produit le biais."
                        ),
                    },
                    {
                        "text": (
                            "Pourquoi les patients noirs étaient-ils plus malades que les "
                            "patients blancs à score égal ?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Parce qu'à état de santé égal, moins d'argent était dépensé "
                                    "pour eux, et le score reflétait les dépenses."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Parce que l'origine était une variable d'entrée pénalisante."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Parce que l'algorithme prédisait mal les dépenses chez les "
                                    "patients noirs."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Parce que les patients noirs étaient absents des données "
                                    "d'apprentissage."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "L'origine n'était pas une variable du modèle et les dépenses étaient "
                            "bien prédites. L'inégalité d'accès aux soins, inscrite dans les "
                            "dépenses, s'est transmise au score."
                        ),
                    },
                    {
                        "text": (
                            "Quelles leçons pratiques tirer de cette étude ? (plusieurs réponses)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": (
                                    "Vérifier ce que prédit exactement un outil avant de "
                                    "l'utiliser pour orienter des patients."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Demander les performances de l'outil par sous-groupe de "
                                    "patients."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Retirer l'origine des variables suffit à garantir l'équité "
                                    "d'un algorithme."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Se méfier d'un risque jugé faible chez un patient qui a peu "
                                    "recours aux soins."
                                ),
                                "correct": True,
                            },
                        ],
                        "explanation": (
                            "Le biais venait de la cible, pas d'une variable d'origine : l'en "
                            "retirer ne suffit pas. Vérifier la cible, les performances par "
                            "sous-groupe et l'effet des dossiers pauvres sont les réflexes à "
                            "acquérir."
                        ),
                    },
                ],
            },
            "en": {
                "title": (
                    "Racial bias in a population health management algorithm (Obermeyer et al., "
                    "Science 2019)"
                ),
                "citation": (
                    "Obermeyer Z, Powers B, Vogeli C, Mullainathan S. Dissecting racial bias in "
                    "an algorithm used to manage the health of populations. Science. "
                    "2019;366(6464):447-453."
                ),
                "design": (
                    "Retrospective observational study of a commercial algorithm in use, based on "
                    "data from a large US academic hospital, with reconstruction of the algorithm "
                    "and training of alternative algorithms on other labels."
                ),
                "population": (
                    "Primary care patients covered by risk-based contracts at a US academic "
                    "hospital: 43,539 patients self-identifying as White and 6,079 "
                    "self-identifying as Black."
                ),
                "intervention": (
                    "A commercial risk score, widely used in the United States, that predicts "
                    "future healthcare costs and is used to select patients for a high-risk care "
                    "management programme (automatic enrolment for the highest scores, referral "
                    "to the physician for intermediate scores)."
                ),
                "comparator": (
                    "Black and White patients with the same score; alternative algorithms trained "
                    "to predict other labels (avoidable costs, number of active chronic "
                    "conditions)."
                ),
                "outcomes": (
                    "Health status at a given score (number of active chronic conditions; "
                    "biomarkers: HbA1c, blood pressure, LDL cholesterol, creatinine, "
                    "haematocrit), healthcare costs, proportion of Black patients identified for "
                    "the programme."
                ),
                "results": (
                    "<p>At the same risk score, Black patients were <strong>considerably "
                    "sicker</strong> than White patients: more active chronic conditions and "
                    "worse biomarkers. The algorithm predicted costs accurately in both groups, "
                    "but at the same level of health <strong>less money was spent on Black "
                    "patients</strong>, reflecting unequal access to care. By using costs as a "
                    "stand-in for need, the algorithm therefore underestimated the needs of Black "
                    "patients.</p><p>The authors estimated that removing this disparity would "
                    "raise the proportion of Black patients among those automatically identified "
                    "from <strong>17.7% to 46.5%</strong>. Algorithms trained on a label "
                    "combining health status and costs greatly reduced the bias.</p>"
                ),
                "limitations": (
                    "<p>A single health system and a single algorithm, in the US health insurance "
                    "context; imperfect measurement of health (coded chronic conditions, a few "
                    "biomarkers); an observational study that does not measure the effect on "
                    "patients of a corrected algorithm.</p>"
                ),
                "practice_points": (
                    "<p>For any scoring tool, ask <strong>what exactly it predicts</strong>: a "
                    "proxy label (costs, use of care, tests ordered) can reproduce inequalities "
                    "in access to care even when race is not an input. Ask for performance and "
                    "calibration by subgroup, and pay attention to patients who rarely seek care: "
                    "a thin record does not mean low need.</p>"
                ),
                "check": [
                    {
                        "text": "What did the algorithm studied predict?",
                        "multiple": False,
                        "options": [
                            {"text": "Future healthcare costs.", "correct": True},
                            {"text": "One-year mortality.", "correct": False},
                            {"text": "The number of active chronic conditions.", "correct": False},
                            {"text": "The risk of avoidable hospital admission.", "correct": False},
                        ],
                        "explanation": (
                            "The algorithm predicted costs, used as a stand-in for healthcare "
                            "need. That choice of label produced the bias."
                        ),
                    },
                    {
                        "text": (
                            "Why were Black patients sicker than White patients at the same score?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Because at the same level of health less money was spent on "
                                    "them, and the score reflected spending."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "Because race was a penalising input variable.",
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Because the algorithm predicted costs poorly for Black "
                                    "patients."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Because Black patients were absent from the training data."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Race was not a model input and costs were predicted well. Unequal "
                            "access to care, built into spending, was passed on to the score."
                        ),
                    },
                    {
                        "text": (
                            "Which practical lessons follow from this study? (select all that "
                            "apply)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": (
                                    "Check exactly what a tool predicts before using it to direct "
                                    "patients."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "Ask for the tool's performance by patient subgroup.",
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Removing race from the inputs is enough to make an algorithm "
                                    "fair."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Be wary of a low-risk rating in a patient who rarely uses "
                                    "care."
                                ),
                                "correct": True,
                            },
                        ],
                        "explanation": (
                            "The bias came from the label, not from a race variable: removing "
                            "race is not enough. Checking the label, subgroup performance and the "
                            "effect of thin records are the habits to build."
                        ),
                    },
                ],
            },
        },
    },
    {
        "code": "wong-2021-epic-sepsis-external-validation",
        "topics": ["ai", "evidence"],
        "doi": "10.1001/jamainternmed.2021.2626",
        "publication_status": "published",
        "publication_year": 2021,
        "estimated_minutes": 30,
        "designations": [
            {"framework": "certification-periodique", "category": "bloc-1", "max_credits": "0.5"},
            {"framework": "ama-pra-1", "category": "journal-cme", "max_credits": "0.5"},
        ],
        "translations": {
            "fr": {
                "title": (
                    "Validation externe d'un modèle propriétaire de prédiction du sepsis (Wong et "
                    "al., JAMA Internal Medicine 2021)"
                ),
                "citation": (
                    "Wong A, Otles E, Donnelly JP, Krumm A, McCullough J, DeTroyer-Cooley O, "
                    "Pestrue J, Phillips M, Konye J, Penoza C, Ghous M, Singh K. External "
                    "validation of a widely implemented proprietary sepsis prediction model in "
                    "hospitalized patients. JAMA Intern Med. 2021;181(8):1065-1070."
                ),
                "design": (
                    "Cohorte rétrospective monocentrique de validation externe, indépendante du "
                    "développeur du modèle."
                ),
                "population": (
                    "27 697 adultes totalisant 38 455 hospitalisations à Michigan Medicine "
                    "(système de santé universitaire de l'université du Michigan), entre décembre "
                    "2018 et octobre 2019."
                ),
                "intervention": (
                    "Epic Sepsis Model, modèle propriétaire intégré au dossier patient "
                    "informatisé Epic et déployé dans des centaines d'hôpitaux américains, "
                    "calculé toutes les 15 minutes."
                ),
                "comparator": (
                    "Survenue d'un sepsis selon une définition composite (critères de "
                    "surveillance des CDC, ou codes diagnostiques associés à des critères de SIRS "
                    "et de défaillance d'organe) ; pratique clinique habituelle (administration "
                    "rapide d'antibiotiques)."
                ),
                "outcomes": (
                    "Discrimination (AUROC à l'échelle de l'hospitalisation), calibration, "
                    "sensibilité, spécificité et valeurs prédictives au seuil d'alerte utilisé "
                    "(score de 6 ou plus), apport par rapport à la pratique clinique, charge "
                    "d'alertes."
                ),
                "results": (
                    "<p>Un sepsis est survenu dans <strong>7 %</strong> des hospitalisations (2 "
                    "552). L'AUROC était de <strong>0,63</strong> (IC 95 % 0,62-0,64), bien en "
                    "dessous des 0,76 à 0,83 annoncés par le développeur.</p><p>Au seuil de 6, le "
                    "modèle <strong>n'a pas repéré 1 709 patients avec sepsis (67 %)</strong>, "
                    "soit une sensibilité d'environ 33 %, tout en déclenchant des alertes pour "
                    "<strong>18 % de l'ensemble des hospitalisations</strong> ; la valeur "
                    "prédictive positive était d'environ 12 %. Il n'a identifié que 183 patients "
                    "avec sepsis (7 %) qui n'avaient pas déjà reçu une antibiothérapie rapide "
                    "dans le cadre des soins habituels.</p>"
                ),
                "limitations": (
                    "<p>Un seul centre, avec sa propre population et ses pratiques ; définition "
                    "du sepsis fondée sur des critères rétrospectifs, qui peut différer de celle "
                    "utilisée par le développeur ; évaluation rétrospective qui ne mesure pas "
                    "l'effet de l'outil sur les décisions et sur le pronostic ; version du modèle "
                    "évaluée depuis modifiée par l'éditeur.</p>"
                ),
                "practice_points": (
                    "<p>Les performances annoncées par un éditeur ne se transposent pas d'office "
                    "à votre établissement : exigez une <strong>validation externe</strong>, "
                    "idéalement locale, et la VPP au seuil utilisé. Un outil qui alerte sur près "
                    "d'un patient sur cinq en ne repérant qu'un tiers des cas crée une "
                    "<strong>fatigue d'alerte</strong> sans bénéfice clair. Le jugement clinique "
                    "et la réévaluation régulière des patients restent la base du repérage du "
                    "sepsis.</p>"
                ),
                "check": [
                    {
                        "text": "Quelle était l'AUROC du modèle dans cette validation externe ?",
                        "multiple": False,
                        "options": [
                            {"text": "0,63", "correct": True},
                            {"text": "0,83", "correct": False},
                            {"text": "0,93", "correct": False},
                            {"text": "0,50", "correct": False},
                        ],
                        "explanation": (
                            "L'AUROC mesurée était de 0,63, nettement inférieure aux 0,76-0,83 "
                            "annoncés par le développeur."
                        ),
                    },
                    {
                        "text": (
                            "Au seuil d'alerte étudié, quelles affirmations sont exactes ? "
                            "(plusieurs réponses)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": (
                                    "Environ deux tiers des patients ayant eu un sepsis n'ont pas "
                                    "été repérés."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Des alertes ont été déclenchées pour environ 18 % des "
                                    "hospitalisations."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "La plupart des alertes correspondaient à un sepsis.",
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Le modèle a apporté peu par rapport aux soins habituels pour "
                                    "l'antibiothérapie rapide."
                                ),
                                "correct": True,
                            },
                        ],
                        "explanation": (
                            "Le modèle a manqué 67 % des sepsis, alerté sur 18 % des "
                            "hospitalisations avec une VPP d'environ 12 %, et n'a repéré que 7 % "
                            "de patients avec sepsis non déjà traités rapidement."
                        ),
                    },
                    {
                        "text": (
                            "Quelle est la principale leçon de cette étude pour un établissement "
                            "qui envisage un outil de prédiction ?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Vérifier les performances par une validation externe, "
                                    "idéalement locale, et estimer la charge d'alertes avant le "
                                    "déploiement."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Un outil intégré au dossier patient est forcément validé."
                                ),
                                "correct": False,
                            },
                            {
                                "text": "Abaisser le seuil corrige une faible AUROC.",
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Les outils de prédiction du sepsis n'ont aucun intérêt "
                                    "possible."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "L'étude montre l'écart entre performances annoncées et performances "
                            "réelles, et le coût des fausses alertes. Changer de seuil déplace le "
                            "compromis sensibilité/fausses alertes sans améliorer la "
                            "discrimination."
                        ),
                    },
                ],
            },
            "en": {
                "title": (
                    "External validation of a proprietary sepsis prediction model (Wong et al., "
                    "JAMA Internal Medicine 2021)"
                ),
                "citation": (
                    "Wong A, Otles E, Donnelly JP, Krumm A, McCullough J, DeTroyer-Cooley O, "
                    "Pestrue J, Phillips M, Konye J, Penoza C, Ghous M, Singh K. External "
                    "validation of a widely implemented proprietary sepsis prediction model in "
                    "hospitalized patients. JAMA Intern Med. 2021;181(8):1065-1070."
                ),
                "design": (
                    "Single-centre retrospective cohort study providing external validation, "
                    "independent of the model's developer."
                ),
                "population": (
                    "27,697 adults with 38,455 hospitalisations at Michigan Medicine (the "
                    "University of Michigan academic health system), between December 2018 and "
                    "October 2019."
                ),
                "intervention": (
                    "The Epic Sepsis Model, a proprietary model built into the Epic electronic "
                    "health record and deployed in hundreds of US hospitals, calculated every 15 "
                    "minutes."
                ),
                "comparator": (
                    "Onset of sepsis according to a composite definition (CDC surveillance "
                    "criteria, or diagnostic codes combined with SIRS and organ dysfunction "
                    "criteria); usual clinical practice (timely antibiotic administration)."
                ),
                "outcomes": (
                    "Discrimination (hospitalisation-level AUROC), calibration, sensitivity, "
                    "specificity and predictive values at the alert threshold used (score of 6 or "
                    "more), added value over clinical practice, alert burden."
                ),
                "results": (
                    "<p>Sepsis occurred in <strong>7%</strong> of hospitalisations (2,552). The "
                    "AUROC was <strong>0.63</strong> (95% CI 0.62–0.64), well below the 0.76 to "
                    "0.83 reported by the developer.</p><p>At a threshold of 6, the model "
                    "<strong>missed 1,709 patients with sepsis (67%)</strong>, a sensitivity of "
                    "about 33%, while generating alerts for <strong>18% of all "
                    "hospitalisations</strong>; the positive predictive value was about 12%. It "
                    "identified only 183 patients with sepsis (7%) who had not already received "
                    "timely antibiotics as part of usual care.</p>"
                ),
                "limitations": (
                    "<p>A single centre with its own population and practices; a sepsis "
                    "definition based on retrospective criteria, which may differ from the "
                    "developer's; a retrospective evaluation that does not measure the tool's "
                    "effect on decisions or outcomes; the version evaluated has since been "
                    "modified by the vendor.</p>"
                ),
                "practice_points": (
                    "<p>Performance reported by a vendor does not automatically transfer to your "
                    "hospital: insist on <strong>external validation</strong>, ideally local, and "
                    "on the PPV at the threshold used. A tool that alerts on nearly one patient "
                    "in five while catching only a third of cases creates <strong>alert "
                    "fatigue</strong> without clear benefit. Clinical judgement and regular "
                    "reassessment of patients remain the basis for recognising sepsis.</p>"
                ),
                "check": [
                    {
                        "text": "What was the model's AUROC in this external validation?",
                        "multiple": False,
                        "options": [
                            {"text": "0.63", "correct": True},
                            {"text": "0.83", "correct": False},
                            {"text": "0.93", "correct": False},
                            {"text": "0.50", "correct": False},
                        ],
                        "explanation": (
                            "The measured AUROC was 0.63, well below the 0.76–0.83 reported by "
                            "the developer."
                        ),
                    },
                    {
                        "text": (
                            "At the alert threshold studied, which statements are correct? "
                            "(select all that apply)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": (
                                    "About two thirds of patients who developed sepsis were missed."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "Alerts were generated for about 18% of hospitalisations.",
                                "correct": True,
                            },
                            {"text": "Most alerts corresponded to sepsis.", "correct": False},
                            {
                                "text": (
                                    "The model added little to usual care for timely antibiotics."
                                ),
                                "correct": True,
                            },
                        ],
                        "explanation": (
                            "The model missed 67% of sepsis cases, alerted on 18% of "
                            "hospitalisations with a PPV of about 12%, and identified only 7% of "
                            "septic patients not already treated promptly."
                        ),
                    },
                    {
                        "text": (
                            "What is the main lesson of this study for a hospital considering a "
                            "prediction tool?"
                        ),
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Check performance through external validation, ideally "
                                    "local, and estimate the alert burden before deployment."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "A tool built into the health record is necessarily validated."
                                ),
                                "correct": False,
                            },
                            {"text": "Lowering the threshold fixes a low AUROC.", "correct": False},
                            {
                                "text": "Sepsis prediction tools can never be useful.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "The study shows the gap between advertised and real-world "
                            "performance, and the cost of false alerts. Changing the threshold "
                            "shifts the trade-off between sensitivity and false alerts without "
                            "improving discrimination."
                        ),
                    },
                ],
            },
        },
    },
    {
        "code": "koehler-2018-tim-hf2",
        "topics": ["remote_monitoring", "connected_devices", "telemedicine", "evidence"],
        "doi": "10.1016/S0140-6736(18)31880-4",
        "publication_status": "published",
        "publication_year": 2018,
        "estimated_minutes": 30,
        "designations": [
            {"framework": "certification-periodique", "category": "bloc-1", "max_credits": "0.5"},
            {"framework": "ama-pra-1", "category": "journal-cme", "max_credits": "0.5"},
        ],
        "translations": {
            "fr": {
                "title": (
                    "Télésurveillance de l'insuffisance cardiaque : l'essai TIM-HF2 (Koehler et "
                    "al., Lancet 2018)"
                ),
                "citation": (
                    "Koehler F, Koehler K, Deckwart O, et al. Efficacy of telemedical "
                    "interventional management in patients with heart failure (TIM-HF2): a "
                    "randomised, controlled, parallel-group, unmasked trial. Lancet. "
                    "2018;392(10152):1047-1057."
                ),
                "design": (
                    "Essai randomisé contrôlé multicentrique, en groupes parallèles, ouvert (avec "
                    "dissimulation de la randomisation), comportant des éléments pragmatiques ; "
                    "mené en Allemagne ; suivi maximal de 393 jours."
                ),
                "population": (
                    "1 538 patients inclus dans l'analyse (765 télésurveillance, 773 soins "
                    "habituels) : insuffisance cardiaque en classe NYHA II ou III, "
                    "hospitalisation pour insuffisance cardiaque dans les 12 mois précédents, "
                    "fraction d'éjection ventriculaire gauche de 45 % ou moins (ou plus de 45 % "
                    "sous diurétique oral). Patients atteints de dépression majeure exclus."
                ),
                "intervention": (
                    "Télésurveillance ajoutée aux soins habituels : transmission quotidienne du "
                    "poids, de la pression artérielle, d'un ECG, de la saturation en oxygène et "
                    "d'une auto-évaluation de l'état de santé, analysés par un centre de "
                    "télémédecine disponible 24 h/24 et 7 j/7, en lien avec le médecin "
                    "généraliste et le cardiologue du patient."
                ),
                "comparator": "Soins habituels seuls.",
                "outcomes": (
                    "Critère principal : pourcentage de jours perdus du fait d'hospitalisations "
                    "cardiovasculaires non programmées ou de décès toutes causes. Critères "
                    "secondaires principaux : mortalité toutes causes et mortalité "
                    "cardiovasculaire."
                ),
                "results": (
                    "<p>Le pourcentage de jours perdus était de <strong>4,88 %</strong> dans le "
                    "groupe télésurveillance contre <strong>6,64 %</strong> dans le groupe soins "
                    "habituels (rapport 0,80 ; IC 95 % 0,65-1,00 ; p = 0,046). La "
                    "<strong>mortalité toutes causes</strong> était réduite (HR 0,70 ; IC 95 % "
                    "0,50-0,96). La réduction de la mortalité cardiovasculaire n'était pas "
                    "statistiquement significative.</p><p>Dans le suivi prolongé publié ensuite, "
                    "le bénéfice sur le critère principal ne persistait pas de façon "
                    "significative dans l'année suivant l'arrêt de la télésurveillance.</p>"
                ),
                "limitations": (
                    "<p>Essai ouvert (patients et équipes connaissaient le groupe) ; un seul "
                    "centre de télémédecine, avec une organisation très structurée et disponible "
                    "en permanence, dans le système de santé allemand : le résultat concerne "
                    "cette organisation autant que les appareils ; critère principal composite "
                    "original (jours perdus) ; mortalité en critère secondaire ; bénéfice de "
                    "l'ordre de 0,80, à la limite de la significativité pour le critère "
                    "principal.</p>"
                ),
                "practice_points": (
                    "<p>La télésurveillance de l'insuffisance cardiaque peut améliorer le "
                    "pronostic chez des patients <strong>à haut risque</strong> (hospitalisation "
                    "récente), quand les données sont <strong>complètes et quotidiennes</strong> "
                    "et qu'une <strong>équipe réactive</strong> agit avec le médecin traitant et "
                    "le cardiologue. Le bénéfice semble lié à la poursuite de la surveillance. "
                    "Avant de proposer un programme, vérifiez qui reçoit les alertes, dans quels "
                    "délais, et quels patients en bénéficieront le plus.</p>"
                ),
                "check": [
                    {
                        "text": "Quels patients étaient inclus dans TIM-HF2 ?",
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Des patients en classe NYHA II-III hospitalisés pour "
                                    "insuffisance cardiaque dans les 12 mois précédents."
                                ),
                                "correct": True,
                            },
                            {
                                "text": (
                                    "Tous les patients insuffisants cardiaques, quel que soit "
                                    "leur risque."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Uniquement des patients porteurs d'un défibrillateur "
                                    "implantable."
                                ),
                                "correct": False,
                            },
                            {
                                "text": "Des patients en classe NYHA IV en attente de greffe.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "L'essai ciblait des patients à haut risque, en classe NYHA II ou III "
                            "avec une hospitalisation récente pour insuffisance cardiaque."
                        ),
                    },
                    {
                        "text": "Quel était le résultat principal ?",
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Moins de jours perdus par hospitalisation cardiovasculaire "
                                    "non programmée ou décès : 4,88 % contre 6,64 %."
                                ),
                                "correct": True,
                            },
                            {"text": "Aucune différence entre les groupes.", "correct": False},
                            {
                                "text": (
                                    "Une réduction de moitié des hospitalisations pour "
                                    "insuffisance cardiaque."
                                ),
                                "correct": False,
                            },
                            {
                                "text": (
                                    "Une augmentation des hospitalisations liée aux fausses "
                                    "alertes."
                                ),
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Le pourcentage de jours perdus était réduit (rapport 0,80), et la "
                            "mortalité toutes causes, critère secondaire, l'était aussi (HR 0,70)."
                        ),
                    },
                    {
                        "text": (
                            "Quelles caractéristiques de l'intervention expliquent probablement "
                            "son efficacité ? (plusieurs réponses)"
                        ),
                        "multiple": True,
                        "options": [
                            {
                                "text": "Une transmission quotidienne de plusieurs paramètres.",
                                "correct": True,
                            },
                            {
                                "text": "Un centre de télémédecine disponible en permanence.",
                                "correct": True,
                            },
                            {
                                "text": (
                                    "La coordination avec le médecin généraliste et le cardiologue."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "L'absence de contact humain, tout étant automatisé.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "Le modèle TIM-HF2 associe données complètes, équipe disponible et "
                            "coordination avec les soignants habituels. Les appareils seuls ne "
                            "suffisent pas."
                        ),
                    },
                ],
            },
            "en": {
                "title": (
                    "Remote monitoring in heart failure: the TIM-HF2 trial (Koehler et al., "
                    "Lancet 2018)"
                ),
                "citation": (
                    "Koehler F, Koehler K, Deckwart O, et al. Efficacy of telemedical "
                    "interventional management in patients with heart failure (TIM-HF2): a "
                    "randomised, controlled, parallel-group, unmasked trial. Lancet. "
                    "2018;392(10152):1047-1057."
                ),
                "design": (
                    "Multicentre randomised controlled parallel-group trial, unmasked (with "
                    "concealed randomisation), with pragmatic elements; conducted in Germany; "
                    "maximum follow-up of 393 days."
                ),
                "population": (
                    "1,538 patients in the analysis (765 remote management, 773 usual care): "
                    "heart failure in NYHA class II or III, admission for heart failure within "
                    "the previous 12 months, left ventricular ejection fraction of 45% or less "
                    "(or above 45% if on an oral diuretic). Patients with major depression were "
                    "excluded."
                ),
                "intervention": (
                    "Remote patient management added to usual care: daily transmission of weight, "
                    "blood pressure, an ECG, oxygen saturation and a self-assessment of health "
                    "status, analysed by a telemedical centre available 24 hours a day, 7 days a "
                    "week, working with the patient's general practitioner and cardiologist."
                ),
                "comparator": "Usual care alone.",
                "outcomes": (
                    "Primary outcome: percentage of days lost due to unplanned cardiovascular "
                    "hospital admissions or all-cause death. Key secondary outcomes: all-cause "
                    "and cardiovascular mortality."
                ),
                "results": (
                    "<p>The percentage of days lost was <strong>4.88%</strong> with remote "
                    "management versus <strong>6.64%</strong> with usual care (ratio 0.80; 95% CI "
                    "0.65–1.00; p = 0.046). <strong>All-cause mortality</strong> was reduced (HR "
                    "0.70; 95% CI 0.50–0.96). The reduction in cardiovascular mortality was not "
                    "statistically significant.</p><p>In the extended follow-up published later, "
                    "the benefit on the primary outcome was not significantly sustained in the "
                    "year after remote management stopped.</p>"
                ),
                "limitations": (
                    "<p>Unmasked trial (patients and teams knew the allocation); a single "
                    "telemedical centre with a highly structured, always-available organisation, "
                    "in the German health system: the result concerns this organisation as much "
                    "as the devices; an unusual composite primary outcome (days lost); mortality "
                    "as a secondary outcome; an effect size of about 0.80, at the margin of "
                    "significance for the primary outcome.</p>"
                ),
                "practice_points": (
                    "<p>Heart failure remote monitoring can improve outcomes in "
                    "<strong>high-risk</strong> patients (recent admission), when data are "
                    "<strong>complete and daily</strong> and a <strong>responsive team</strong> "
                    "acts together with the GP and cardiologist. The benefit appears to depend on "
                    "monitoring continuing. Before offering a programme, check who receives "
                    "alerts, how quickly, and which patients stand to benefit most.</p>"
                ),
                "check": [
                    {
                        "text": "Which patients were enrolled in TIM-HF2?",
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Patients in NYHA class II–III admitted for heart failure "
                                    "within the previous 12 months."
                                ),
                                "correct": True,
                            },
                            {
                                "text": "All patients with heart failure, whatever their risk.",
                                "correct": False,
                            },
                            {
                                "text": "Only patients with an implantable defibrillator.",
                                "correct": False,
                            },
                            {
                                "text": "NYHA class IV patients awaiting transplantation.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "The trial targeted high-risk patients in NYHA class II or III with a "
                            "recent heart failure admission."
                        ),
                    },
                    {
                        "text": "What was the main result?",
                        "multiple": False,
                        "options": [
                            {
                                "text": (
                                    "Fewer days lost to unplanned cardiovascular admission or "
                                    "death: 4.88% versus 6.64%."
                                ),
                                "correct": True,
                            },
                            {"text": "No difference between the groups.", "correct": False},
                            {"text": "Heart failure admissions halved.", "correct": False},
                            {"text": "More admissions caused by false alerts.", "correct": False},
                        ],
                        "explanation": (
                            "The percentage of days lost was reduced (ratio 0.80), and all-cause "
                            "mortality, a secondary outcome, was reduced too (HR 0.70)."
                        ),
                    },
                    {
                        "text": (
                            "Which features of the intervention probably explain its "
                            "effectiveness? (select all that apply)"
                        ),
                        "multiple": True,
                        "options": [
                            {"text": "Daily transmission of several parameters.", "correct": True},
                            {
                                "text": "A telemedical centre available around the clock.",
                                "correct": True,
                            },
                            {"text": "Coordination with the GP and cardiologist.", "correct": True},
                            {
                                "text": "No human contact, everything being automated.",
                                "correct": False,
                            },
                        ],
                        "explanation": (
                            "The TIM-HF2 model combines complete data, an available team and "
                            "coordination with usual clinicians. The devices alone are not enough."
                        ),
                    },
                ],
            },
        },
    },
]
