# ruff: noqa: E501
"""Demo course: talking with patients about their health data and consent (FR/EN).

Plain literals only (see /tmp/courses_content_schema.md and courses/demo.py for the format).
The faculty and the vignettes are fictional; the vignettes contain no identifiers.
"""

from __future__ import annotations

_FR = {
    "title": "Parler au patient de ses données de santé et de son consentement",
    "summary": "Ce que disent vraiment le RGPD et le droit français sur les données de santé, et comment l'expliquer simplement au patient : droits, Mon espace santé, partage en équipe de soins, recherche, objets connectés, IA et refus.",
    "audience": "Médecins, infirmiers, pharmaciens et sages-femmes, en ville comme à l'hôpital, qui veulent répondre avec justesse aux questions des patients sur leurs données et recueillir un accord qui ait du sens.",
    "objectives": [
        "Distinguer le consentement aux soins, la base juridique du dossier de soins et les situations qui exigent un accord spécifique du patient (partage hors équipe de soins, recherche).",
        "Informer le patient de ses droits (accès, rectification, opposition là où elle existe) et répondre à une demande d'accès au dossier dans les délais.",
        "Expliquer Mon espace santé et le DMP : masquage de documents, blocage d'un professionnel, historique des accès, partage au sein de l'équipe de soins.",
        "Distinguer pseudonymisation et anonymisation, et retirer d'un cas clinique tout ce qui permettrait de reconnaître le patient avant de le partager.",
        "Expliquer en termes simples le circuit des données d'un objet connecté ou d'un outil d'IA, et accueillir un refus sans rompre la relation de soin.",
    ],
    "lessons": [
        {
            "title": "Ce que disent le RGPD et le droit français, en pratique",
            "summary": "Données de santé, information du patient et droits : l'essentiel pour répondre juste sans jargon.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "Des données sensibles par nature"],
                [
                    "paragraph",
                    "<p>Le RGPD classe les données concernant la santé parmi les <strong>catégories particulières de données</strong> : leur traitement est interdit par principe, sauf exceptions prévues par le texte. L'une de ces exceptions couvre précisément le soin : le traitement est permis lorsqu'il est nécessaire à la médecine préventive, au diagnostic ou à la prise en charge, sous la responsabilité d'un professionnel soumis au secret professionnel.</p><p>En France, ce cadre européen s'ajoute, sans les remplacer, au <strong>secret professionnel</strong> et aux <strong>droits des patients</strong> inscrits dans le Code de la santé publique. Autrement dit, le RGPD n'a pas inventé la confidentialité médicale : il a surtout renforcé l'obligation d'informer, la sécurité et la traçabilité.</p>",
                ],
                [
                    "key_point",
                    {
                        "title": "Deux consentements à ne pas confondre",
                        "text": "<p>Pour tenir le dossier d'un patient que vous soignez, vous n'avez pas besoin de son « consentement RGPD » : l'utilisation de ses données repose sur la nécessité de le prendre en charge. En revanche, le <strong>consentement aux soins</strong>, libre et éclairé, reste exigé pour chaque acte, et certaines utilisations des données demandent un accord spécifique (partage hors de l'équipe de soins, certaines recherches).</p><p>Faire signer à l'accueil un « formulaire RGPD » n'est donc ni nécessaire pour soigner, ni suffisant pour tout autoriser.</p>",
                    },
                ],
                ["heading", "Informer : une obligation simple à remplir"],
                [
                    "paragraph",
                    "<p>Le patient doit savoir ce que deviennent ses données : qui en est responsable (le cabinet, l'établissement), à quoi elles servent (soins, coordination, facturation), qui les reçoit (équipe de soins, laboratoire, Assurance maladie…), combien de temps elles sont conservées, quels sont ses droits et comment les exercer, et qu'il peut saisir la CNIL.</p><p>En cabinet, une affiche en salle d'attente et une notice consultable suffisent le plus souvent ; la CNIL propose des modèles. L'information orale, donnée au bon moment et avec des mots simples, fait le reste.</p>",
                ],
                [
                    "paragraph",
                    "<p>Les droits du patient, en pratique :</p><ul><li><strong>Accès</strong> : le patient peut obtenir communication de son dossier, directement ou par l'intermédiaire d'un médecin qu'il désigne, sans avoir à se justifier. Les documents doivent lui parvenir au plus tard dans les huit jours (deux mois si les informations datent de plus de cinq ans), après un délai de réflexion de 48 heures.</li><li><strong>Rectification</strong> : une donnée inexacte (adresse, allergie mal saisie, antécédent attribué par erreur) doit être corrigée. Une appréciation clinique n'est pas une donnée « inexacte » au sens de ce droit ; vous pouvez en revanche noter dans le dossier que le patient la conteste.</li><li><strong>Effacement</strong> : il ne s'applique pas au dossier médical pendant sa durée légale de conservation (à l'hôpital, vingt ans après le dernier passage).</li><li><strong>Opposition</strong> : elle existe là où la loi la prévoit, par exemple à l'échange et au partage de ses informations entre professionnels, à Mon espace santé ou à la réutilisation de ses données pour la recherche. Elle ne permet pas d'empêcher la tenue du dossier de soins.</li></ul>",
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>En fin de consultation, un patient regarde votre écran et demande, un peu inquiet : « Qu'est-ce que vous faites de tout ce que vous notez sur moi ? »</p>",
                        "say": [
                            "Ce que je note me sert à vous soigner et à assurer la suite de votre prise en charge. C'est couvert par le secret médical.",
                            "Seuls les professionnels qui vous soignent peuvent y avoir accès, et vous pouvez refuser que certaines informations soient partagées.",
                            "Vous pouvez demander une copie de votre dossier quand vous le souhaitez ; je vous explique comment faire.",
                            "L'affiche de la salle d'attente détaille qui fait quoi avec vos données. Si quelque chose vous gêne, on en parle.",
                        ],
                        "avoid": [
                            "« C'est le RGPD, je n'ai pas le choix » : renvoie à une contrainte administrative au lieu d'expliquer à quoi servent les données.",
                            "« Signez ici, c'est pour la protection des données » : laisse croire que tout repose sur une signature et qu'un refus empêcherait d'être soigné.",
                            "« Personne d'autre que moi ne le verra jamais » : inexact si vous travaillez en équipe, avec un remplaçant, ou si vous alimentez le DMP.",
                        ],
                    },
                ],
                [
                    "vignette",
                    {
                        "title": "Une demande de copie du dossier",
                        "text": "<p>Une patiente d'une cinquantaine d'années, suivie au cabinet depuis longtemps, demande par courriel une copie complète de son dossier, « y compris vos notes ». Elle change de médecin traitant après un désaccord sur sa prise en charge.</p>",
                        "question": "Comment répondez-vous à cette demande ?",
                        "discussion": "<p>C'est l'exercice du droit d'accès : il n'a pas à être motivé et ne se négocie pas. Accusez réception, vérifiez l'identité de la demandeuse sans exiger plus que nécessaire, puis transmettez les documents dans les délais (huit jours, deux mois pour les informations de plus de cinq ans), en main propre ou par un moyen sécurisé — pas en pièce jointe d'une messagerie grand public.</p><p>Vous pouvez proposer un échange pour expliquer certains éléments, mais sans en faire une condition. Si elle le souhaite, transmettez aussi les éléments utiles à son nouveau médecin traitant. Plus largement, écrivez toujours le dossier en considérant que le patient pourra le lire : des faits, des éléments cliniques, pas de jugement de valeur.</p>",
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "Pour tenir le dossier d'un nouveau patient que vous soignez, sur quoi repose l'utilisation de ses données ?",
                        "options": [
                            {
                                "text": "Sur son consentement écrit au titre du RGPD, à recueillir avant toute saisie.",
                                "correct": False,
                                "feedback": "Non : le soin repose sur une autre exception du RGPD. Un consentement « RGPD » serait d'ailleurs fragile, puisqu'il pourrait être retiré à tout moment alors que le dossier doit être conservé.",
                            },
                            {
                                "text": "Sur la nécessité de le prendre en charge, sous la responsabilité d'un professionnel tenu au secret ; le patient doit en être informé.",
                                "correct": True,
                                "feedback": "Oui. La tenue du dossier découle de la mission de soin ; l'obligation qui vous incombe est d'informer le patient et de protéger ses données.",
                            },
                            {
                                "text": "Sur rien de particulier : les données couvertes par le secret médical échappent au RGPD.",
                                "correct": False,
                                "feedback": "Non : le RGPD s'applique pleinement aux données de santé, en plus du secret professionnel.",
                            },
                        ],
                    },
                ],
            ],
        },
        {
            "title": "Mon espace santé, DMP et partage au sein de l'équipe de soins",
            "summary": "Ce que le patient contrôle dans Mon espace santé, et ce que les professionnels peuvent échanger entre eux.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "Mon espace santé : ce que le patient contrôle"],
                [
                    "paragraph",
                    "<p>Mon espace santé est le service public numérique en santé ouvert à chaque assuré. Il réunit notamment le <strong>dossier médical partagé (DMP)</strong>, une <strong>messagerie sécurisée</strong> pour recevoir les messages des professionnels, et un catalogue d'applications référencées. Il est créé pour chaque assuré sauf opposition, et le patient peut le fermer à tout moment.</p>",
                ],
                [
                    "paragraph",
                    "<p>Dans son espace, le patient peut :</p><ul><li><strong>masquer un document</strong> : il n'est plus visible des professionnels, à l'exception de son auteur et du médecin traitant ;</li><li><strong>bloquer l'accès</strong> d'un professionnel donné ;</li><li>consulter l'<strong>historique des accès</strong> à son dossier ;</li><li>ajouter lui-même des documents et des informations (traitements, allergies, vaccinations…) ;</li><li>régler ses préférences, notamment pour l'accès en situation d'urgence.</li></ul><p>Côté professionnels, l'accès est réservé à ceux qui participent à la prise en charge, avec l'accord du patient, et chaque profession ne voit que les types de documents que lui ouvre la matrice d'habilitation. L'employeur, la banque ou l'assureur du patient n'y ont pas accès.</p>",
                ],
                [
                    "key_point",
                    {
                        "title": "Masquer est un droit, pas un manque de confiance",
                        "text": "<p>Un patient qui masque un compte rendu (interruption de grossesse, hospitalisation en psychiatrie, dépistage d'une infection sexuellement transmissible…) exerce un droit. Ne le lui reprochez pas. S'il vous le demande, expliquez ce qu'un professionnel risque de ne pas savoir, puis laissez-le décider.</p>",
                    },
                ],
                ["heading", "Échange et partage : ce que permet l'équipe de soins"],
                [
                    "paragraph",
                    "<p>Le secret couvre l'ensemble des informations concernant le patient. La loi permet toutefois aux professionnels qui le prennent en charge d'<strong>échanger et de partager les informations strictement nécessaires</strong> à la coordination, à la continuité des soins, à la prévention ou au suivi.</p><ul><li><strong>Au sein de l'équipe de soins</strong> — professionnels d'un même établissement ou d'une même maison ou centre de santé qui prennent en charge le patient, ou professionnels qu'il a lui-même reconnus comme tels, par exemple l'infirmière qui réalise les soins prescrits par son médecin — le partage est possible dès lors que le patient en a été informé et ne s'y est pas opposé.</li><li><strong>Hors de l'équipe de soins</strong>, le partage suppose le consentement préalable du patient.</li><li>Dans tous les cas, le patient peut <strong>s'opposer à tout moment</strong> à l'échange et au partage de ses informations.</li></ul><p>« Strictement nécessaires » est le mot clé : l'infirmière qui surveille une anticoagulation a besoin de l'INR et du traitement, pas de tout l'historique de la vie du patient.</p>",
                ],
                [
                    "paragraph",
                    "<p><strong>Où sont stockées les données ?</strong> Toute personne qui héberge des données de santé pour le compte d'un professionnel, d'un établissement ou du patient lui-même doit être certifiée <strong>hébergeur de données de santé (HDS)</strong>. Si votre logiciel métier est en ligne, si vous sauvegardez dans le cloud ou si vous utilisez une plateforme de télésurveillance, vérifiez dans le contrat que l'hébergeur est certifié HDS. C'est aussi une réponse concrète au patient qui demande « où vont mes données ? ».</p>",
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>Un patient a reçu un courrier sur Mon espace santé et hésite à le garder : « Tout le monde va pouvoir lire mon dossier ? »</p>",
                        "say": [
                            "Non : seuls les professionnels qui vous soignent peuvent le consulter, avec votre accord, et chacun ne voit que ce que sa profession l'autorise à voir. Votre employeur ou votre assurance n'y ont pas accès.",
                            "Vous pouvez masquer un document, bloquer un professionnel et voir qui a consulté votre dossier.",
                            "L'intérêt, c'est qu'aux urgences ou chez un spécialiste, on connaisse vos traitements et vos allergies sans que vous ayez à tout raconter.",
                            "C'est votre choix : si vous préférez le fermer, vous pouvez le faire, et je continuerai à vous soigner exactement de la même façon.",
                        ],
                        "avoid": [
                            "« Il faut le garder, c'est obligatoire » : c'est faux, et cela fragilise la confiance.",
                            "« C'est sécurisé à 100 %, il n'y a aucun risque » : aucune promesse de ce type n'est honnête ; parlez plutôt des garanties et des droits dont il dispose.",
                            "« Ne masquez rien, sinon on ne pourra pas bien vous soigner » : culpabilise le patient et nie un droit.",
                        ],
                    },
                ],
                [
                    "vignette",
                    {
                        "title": "Le compte rendu que le patient ne veut pas montrer",
                        "text": "<p>Un homme d'une quarantaine d'années a été hospitalisé en psychiatrie il y a plusieurs années ; il a masqué le compte rendu dans son DMP. Il consulte pour des douleurs abdominales et vous l'adressez à un gastro-entérologue. Il vous demande de ne pas mentionner cet épisode dans le courrier. Il prend toujours un traitement thymorégulateur.</p>",
                        "question": "Que mettez-vous dans le courrier ?",
                        "discussion": "<p>Partez du critère « strictement nécessaire » : le récit de l'hospitalisation n'est pas utile au gastro-entérologue, son <strong>traitement en cours</strong> l'est (interactions, effets indésirables digestifs, précautions en cas d'examen). Dites-le au patient : « Je dois indiquer les médicaments que vous prenez ; je n'ai pas besoin de raconter pourquoi ni de parler de l'hospitalisation. »</p><p>S'il refuse malgré tout que le traitement figure dans le courrier, expliquez le risque concret, proposez qu'il en parle lui-même au spécialiste, respectez sa décision et notez-la dans le dossier. Le masquage dans le DMP reste de son ressort.</p>",
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "Une patiente a masqué un compte rendu dans Mon espace santé. Qui peut encore le voir dans son DMP ?",
                        "options": [
                            {
                                "text": "Son médecin traitant.",
                                "correct": True,
                                "feedback": "Oui : un document masqué reste visible du médecin traitant.",
                            },
                            {
                                "text": "Le professionnel qui a rédigé le compte rendu.",
                                "correct": True,
                                "feedback": "Oui : l'auteur du document continue d'y avoir accès.",
                            },
                            {
                                "text": "Le kinésithérapeute qui la suit actuellement.",
                                "correct": False,
                                "feedback": "Non : le masquage vaut pour tous les professionnels, à l'exception de l'auteur et du médecin traitant.",
                            },
                            {
                                "text": "Personne, pas même son auteur.",
                                "correct": False,
                                "feedback": "Non : le masquage n'efface pas le document ; il en restreint la visibilité.",
                            },
                        ],
                    },
                ],
            ],
        },
        {
            "title": "Recherche, pseudonymisation et partage d'un cas entre collègues",
            "summary": "Ce qui change quand les données servent à la recherche ou à l'enseignement, et comment rendre un cas réellement non identifiant.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "Soin et recherche : deux régimes différents"],
                [
                    "paragraph",
                    "<p>Pour le soin, l'utilisation des données découle de la prise en charge elle-même ; il suffit d'en informer le patient. La recherche obéit à des règles propres :</p><ul><li>une <strong>recherche impliquant la personne humaine</strong> (essai, étude avec un acte ou un recueil spécifique) exige, selon sa catégorie, un consentement écrit, un consentement exprès, ou au minimum l'information du patient et l'absence d'opposition ;</li><li>la <strong>réutilisation de données déjà recueillies</strong> lors des soins (dossiers, entrepôts de données hospitaliers) repose en général sur une information individuelle ou collective et sur le <strong>droit d'opposition</strong> du patient, avec des formalités auprès de la CNIL.</li></ul><p>Dans tous les cas, la participation est volontaire et peut être interrompue.</p>",
                ],
                [
                    "key_point",
                    {
                        "title": "Le refus de la recherche ne touche pas au soin",
                        "text": "<p>Refuser de participer à une recherche, ou s'opposer à la réutilisation de ses données, n'a <strong>aucune conséquence sur la prise en charge</strong>. Dites-le explicitement : c'est ce qui rend l'accord du patient réellement libre.</p>",
                    },
                ],
                ["heading", "Pseudonymiser n'est pas anonymiser"],
                [
                    "paragraph",
                    "<p><strong>Pseudonymiser</strong>, c'est remplacer les identifiants directs (nom, numéro de sécurité sociale, numéro de dossier) par un code, la table de correspondance étant conservée à part. Les données restent des <strong>données personnelles</strong> : le RGPD s'applique toujours.</p><p><strong>Anonymiser</strong>, c'est rendre la réidentification impossible, de façon irréversible et par tout moyen raisonnable, y compris en croisant avec d'autres sources. Des données réellement anonymes sortent du champ du RGPD. On vérifie classiquement trois risques : isoler un individu, relier des données le concernant, déduire une information sur lui.</p><p>En santé, l'anonymisation vraie est difficile : une maladie rare, une petite commune, des dates exactes, un texte libre ou une image suffisent souvent à reconnaître quelqu'un.</p>",
                ],
                [
                    "paragraph",
                    "<p><strong>Avant de partager un cas</strong> (groupe de pairs, staff, forum professionnel, enseignement), retirez :</p><ul><li>nom, prénom, <strong>initiales</strong>, date de naissance (donnez un âge ou une tranche d'âge) ;</li><li>numéros de dossier, de séjour, de sécurité sociale ;</li><li>dates exactes (préférez J0, J3, « trois mois plus tard ») ;</li><li>lieux : commune, établissement, service, quand ils restreignent le cercle ;</li><li>profession ou situation rare, composition familiale, tout détail de vie non utile à la question clinique ;</li><li>visage, tatouages, signes distinctifs sur les photos, et les <strong>métadonnées</strong> des images ;</li><li>captures d'écran du logiciel avec le bandeau patient, en-têtes et annotations d'imagerie.</li></ul><p>Posez-vous une question simple : <em>quelqu'un qui connaît ce patient pourrait-il le reconnaître ?</em> Si oui, retirez ou généralisez encore. Et pour une photo, demandez l'accord du patient, même si elle est recadrée.</p>",
                ],
                [
                    "vignette",
                    {
                        "title": "Une demande d'avis sur un groupe de messagerie",
                        "text": "<p>Une généraliste exerçant en zone rurale veut demander l'avis de confrères sur un groupe de messagerie professionnel. Son brouillon : « Patiente de 27 ans, seule institutrice du village, maladie rare diagnostiquée en mars au CHU, éruption ce matin, photo et capture de mon logiciel ci-jointes. »</p>",
                        "question": "Qu'est-ce qui pose problème, et comment reformuler ?",
                        "discussion": "<p>Chaque élément pris isolément paraît anodin, mais leur <strong>combinaison</strong> (âge, profession unique dans le village, maladie rare, date du diagnostic) désigne la patiente. La capture d'écran montre probablement le bandeau d'identité, et la photo peut contenir un visage, un signe distinctif et des métadonnées. Enfin, une messagerie grand public n'est pas faite pour des données de santé.</p><p>Reformulation possible : « Femme de moins de 30 ans, suivie pour une maladie de surcharge rare, éruption apparue ce matin sous traitement ; quelqu'un a-t-il déjà vu cela ? », avec une photo recadrée sans signe distinctif, sans métadonnées, prise avec l'accord de la patiente. Si un avis nominatif est nécessaire pour la soigner, il passe par une demande de téléexpertise ou une messagerie sécurisée de santé adressée à un spécialiste.</p>",
                    },
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>Vous souhaitez présenter le cas d'une patiente, avec la photo d'une lésion cutanée, lors de votre prochain groupe de pairs.</p>",
                        "say": [
                            "J'aimerais montrer la photo de votre lésion à des collègues pour qu'on progresse ensemble. On ne verra ni votre visage ni rien qui permette de vous reconnaître, et votre nom n'apparaîtra nulle part.",
                            "Vous pouvez tout à fait refuser, cela ne change rien à votre suivi.",
                            "Si vous êtes d'accord, je le note dans votre dossier ; vous pourrez changer d'avis plus tard.",
                        ],
                        "avoid": [
                            "« C'est anonyme, ne vous inquiétez pas », sans dire ce qui sera montré ni à qui : le patient ne peut pas juger de ce qu'il accepte.",
                            "Poser la question la main sur la poignée de porte, en fin de consultation : la pression du moment rend l'accord peu libre.",
                        ],
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "Lesquels de ces éléments peuvent permettre de reconnaître un patient, même sans son nom ?",
                        "options": [
                            {
                                "text": "La date exacte d'hospitalisation et le nom du service.",
                                "correct": True,
                                "feedback": "Oui : croisées, ces informations restreignent fortement le cercle, surtout pour les collègues du même établissement.",
                            },
                            {
                                "text": "Une profession rare associée au nom d'une petite commune.",
                                "correct": True,
                                "feedback": "Oui : c'est l'exemple type d'identification indirecte.",
                            },
                            {
                                "text": "Une capture d'écran du logiciel métier, même floutée à la hâte.",
                                "correct": True,
                                "feedback": "Oui : bandeau patient, numéro de dossier ou date de naissance échappent souvent à un floutage rapide.",
                            },
                            {
                                "text": "Le sexe et une tranche d'âge de dix ans, dans une question clinique courante.",
                                "correct": False,
                                "feedback": "Isolées, ces données permettent rarement d'identifier quelqu'un ; restez attentif à ce qu'elles ne soient pas croisées avec d'autres détails.",
                            },
                        ],
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "Dans un fichier d'étude, les noms ont été remplacés par un code ; l'investigateur garde la table de correspondance. Ces données sont…",
                        "options": [
                            {
                                "text": "Anonymes, donc hors du champ du RGPD.",
                                "correct": False,
                                "feedback": "Non : tant que la table existe, la réidentification reste possible.",
                            },
                            {
                                "text": "Pseudonymisées : ce sont toujours des données personnelles, soumises au RGPD.",
                                "correct": True,
                                "feedback": "Oui : la pseudonymisation réduit le risque, elle ne fait pas sortir les données du RGPD.",
                            },
                            {
                                "text": "Anonymes à condition que le fichier soit chiffré.",
                                "correct": False,
                                "feedback": "Non : le chiffrement protège l'accès au fichier, il ne change pas la nature des données.",
                            },
                        ],
                    },
                ],
            ],
        },
        {
            "title": "Objets connectés, outils d'IA et refus : l'expliquer au patient",
            "summary": "Décrire honnêtement le circuit des données, informer sur l'usage d'une IA, et accueillir un refus.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "Où vont les données d'un objet connecté ?"],
                [
                    "paragraph",
                    "<p>Le circuit type : le capteur (balance, lecteur de glucose, tensiomètre, montre) transmet à une application sur le téléphone, qui envoie les mesures au serveur du fabricant ou de l'opérateur de télésurveillance ; l'équipe soignante les consulte sur un tableau de bord. Avant de proposer un dispositif, sachez répondre à quatre questions :</p><ul><li><strong>qui reçoit</strong> les données (fabricant, opérateur, équipe) et où elles sont hébergées (hébergeur certifié HDS pour un dispositif de télésurveillance médicale) ;</li><li><strong>qui regarde, et quand</strong> : aux heures ouvrées ou en continu ? avec quel délai de réaction ?</li><li>ce que le fabricant fait des données, selon ses conditions d'utilisation ;</li><li>comment <strong>arrêter</strong> et ce que deviennent alors les données.</li></ul><p>Distinguez aussi un <strong>dispositif médical</strong> utilisé dans le cadre du soin d'un objet de bien-être grand public, dont les données suivent les conditions commerciales du fabricant.</p>",
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>Vous proposez une télésurveillance à un patient insuffisant cardiaque : une balance connectée transmettra son poids chaque matin.</p>",
                        "say": [
                            "Votre balance envoie votre poids chaque matin à l'équipe de télésurveillance. Ce sont eux qui regardent les alertes, les jours ouvrés, et qui vous appellent si le poids monte trop vite.",
                            "Ce n'est pas un système d'urgence : si vous êtes très essoufflé ou avez mal dans la poitrine, appelez le 15 sans attendre.",
                            "Vos mesures sont stockées chez un hébergeur certifié pour les données de santé et ne servent qu'à votre suivi. Vous pouvez arrêter quand vous voulez.",
                            "Votre montre de sport, elle, n'est pas un dispositif médical : ses données partent chez le fabricant selon ses propres conditions.",
                        ],
                        "avoid": [
                            "« On vous surveille 24 heures sur 24 » : le plus souvent faux, et dangereux si le patient attend une réaction qui ne viendra pas.",
                            "« Vos données ne vont nulle part » : inexact ; mieux vaut décrire honnêtement le circuit.",
                        ],
                    },
                ],
                ["heading", "Outils d'IA : informer, vérifier, protéger"],
                [
                    "paragraph",
                    "<p>Depuis la loi de bioéthique de 2021, le professionnel qui utilise, pour un acte de prévention, de diagnostic ou de soin, un dispositif médical comportant un traitement algorithmique appris à partir de données massives doit s'assurer que le patient en est <strong>informé</strong> et, le cas échéant, averti de l'interprétation qui en résulte.</p><p>Pour les assistants de rédaction qui enregistrent la consultation, la bonne pratique est la même : prévenir avant de lancer l'enregistrement, obtenir l'accord du patient, lui proposer d'arrêter à tout moment. En amont, vérifiez le contrat : hébergement HDS, localisation des données, absence de réutilisation pour entraîner le modèle sans base légale.</p><p>Ne copiez jamais de données identifiantes d'un patient dans un agent conversationnel grand public : vous les transmettez à un tiers hors de tout cadre de soin.</p>",
                ],
                [
                    "key_point",
                    {
                        "title": "L'outil propose, vous décidez",
                        "text": "<p>Un score, une alerte ou une note générée par IA ne déplace pas votre responsabilité. Relisez et corrigez ce qui entre dans le dossier, et dites au patient ce que l'outil fait — et ce qu'il ne fait pas.</p>",
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "Vous commencez à utiliser un assistant de transcription par IA en consultation. Quelles pratiques sont appropriées ?",
                        "options": [
                            {
                                "text": "Prévenir le patient avant d'enregistrer et recueillir son accord, avec la possibilité d'arrêter.",
                                "correct": True,
                                "feedback": "Oui : le patient doit savoir qu'il est enregistré et pouvoir refuser sans conséquence.",
                            },
                            {
                                "text": "Vérifier au préalable que le prestataire est certifié HDS et ne réutilise pas les enregistrements sans base légale.",
                                "correct": True,
                                "feedback": "Oui : c'est une vérification à faire une fois, avant le premier patient.",
                            },
                            {
                                "text": "Ne rien dire si l'outil efface l'enregistrement après transcription.",
                                "correct": False,
                                "feedback": "Non : la suppression ultérieure ne dispense pas d'informer le patient qu'il est enregistré.",
                            },
                            {
                                "text": "Relire et corriger la note générée avant de la valider dans le dossier.",
                                "correct": True,
                                "feedback": "Oui : vous restez l'auteur et le responsable de ce qui figure dans le dossier.",
                            },
                        ],
                    },
                ],
                ["heading", "Quand le patient refuse"],
                [
                    "paragraph",
                    "<p>Un refus (DMP, télésurveillance, partage d'un compte rendu, assistant d'IA) n'est pas un échec de communication. Une démarche en cinq temps :</p><ol><li><strong>Écouter la raison</strong> : peur d'une fuite, de l'employeur ou de l'assureur, stigmatisation, mauvaise expérience.</li><li><strong>Corriger les idées fausses</strong>, sans minimiser les risques réels.</li><li><strong>Proposer une alternative</strong> : courrier remis en main propre, carnet papier, partage limité à l'essentiel.</li><li><strong>Respecter et tracer</strong> le refus dans le dossier, avec l'information donnée.</li><li><strong>Reposer la question plus tard</strong>, sans insister.</li></ol><p>Soyez franc sur les limites : un refus ne bloque pas les obligations légales (déclaration obligatoire de certaines maladies, facturation à l'Assurance maladie, conservation du dossier). Expliquez-les plutôt que de les taire.</p>",
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>Une patiente refuse que vous adressiez ses résultats à l'endocrinologue par messagerie sécurisée : « Je ne veux pas que ça traîne sur Internet. »</p>",
                        "say": [
                            "Je comprends, c'est votre dossier et c'est vous qui décidez. Qu'est-ce qui vous inquiète le plus ?",
                            "La messagerie que j'utilise est réservée aux professionnels de santé et chiffrée ; ce n'est pas un courriel ordinaire.",
                            "Si vous préférez, je vous remets le courrier sous enveloppe et vous le donnerez vous-même.",
                            "Je note votre choix dans le dossier ; vous pourrez en changer quand vous voudrez.",
                        ],
                        "avoid": [
                            "« Si vous refusez, je ne peux pas vous soigner » : c'est faux, et cette pression retire au choix tout caractère libre.",
                            "« Vous avez quelque chose à cacher ? » : culpabilisant, cela abîme la relation.",
                        ],
                    },
                ],
                [
                    "vignette",
                    {
                        "title": "Le lecteur de glucose et la peur de la revente des données",
                        "text": "<p>En officine, un pharmacien propose à un patient diabétique de plus de 70 ans un accompagnement avec un lecteur de glucose connecté et l'application du fabricant. Le patient refuse : il a lu qu'« on revend les données de santé ».</p>",
                        "question": "Comment poursuivez-vous l'entretien ?",
                        "discussion": "<p>Commencez par reconnaître la question : elle est légitime, et les objets grand public n'offrent pas tous les mêmes garanties. Expliquez ce qui est vrai pour ce dispositif précis : qui reçoit les données, où elles sont hébergées, ce que disent les conditions d'utilisation, comment partager les mesures avec l'équipe soignante ou non.</p><p>Proposez une alternative si elle existe : utiliser le lecteur sans créer de compte en ligne lorsque c'est possible, ou tenir un carnet papier apporté aux consultations. Tracez l'information donnée et le choix du patient, et prévenez le médecin traitant du mode de suivi retenu. Le patient garde un accompagnement de qualité, connecté ou non.</p>",
                    },
                ],
            ],
        },
    ],
    "assessment": [
        {
            "text": "Un patient refuse de signer le « formulaire RGPD » que le secrétariat lui présente à l'accueil. Quelle conduite est juste ?",
            "multiple": False,
            "options": [
                {
                    "text": "Il ne peut pas être pris en charge tant qu'il n'a pas signé.",
                    "correct": False,
                },
                {
                    "text": "Il est soigné normalement : la tenue de son dossier ne repose pas sur ce consentement ; il doit en revanche être informé de l'usage de ses données.",
                    "correct": True,
                },
                {
                    "text": "On le soigne, mais sans rien consigner dans le dossier.",
                    "correct": False,
                },
                {
                    "text": "On lui demande de consulter dans un autre cabinet.",
                    "correct": False,
                },
            ],
            "explanation": "Le traitement des données nécessaire aux soins repose sur la mission de soin exercée par un professionnel tenu au secret, pas sur un consentement au titre du RGPD. L'obligation est d'informer le patient. Le consentement aux soins, lui, reste nécessaire pour chaque acte.",
        },
        {
            "text": "Quels droits un patient peut-il exercer sur son dossier médical au cabinet ? (plusieurs réponses)",
            "multiple": True,
            "options": [
                {"text": "Obtenir une copie de son dossier.", "correct": True},
                {
                    "text": "Faire corriger une allergie saisie par erreur.",
                    "correct": True,
                },
                {
                    "text": "Exiger la suppression définitive de tout son dossier pendant sa durée de conservation.",
                    "correct": False,
                },
                {
                    "text": "Refuser qu'une information soit transmise à un professionnel extérieur à son équipe de soins.",
                    "correct": True,
                },
            ],
            "explanation": "Le patient dispose d'un droit d'accès et de rectification des données inexactes ; hors de l'équipe de soins, le partage suppose son consentement. L'effacement ne s'applique pas au dossier pendant sa durée légale de conservation.",
        },
        {
            "text": "Une patiente a masqué dans Mon espace santé le compte rendu d'une consultation. Que se passe-t-il ?",
            "multiple": False,
            "options": [
                {
                    "text": "Le document est définitivement supprimé du DMP.",
                    "correct": False,
                },
                {
                    "text": "Le document n'est plus visible des professionnels, à l'exception de son auteur et du médecin traitant.",
                    "correct": True,
                },
                {
                    "text": "Le document reste visible de tous les professionnels, seul le patient ne le voit plus.",
                    "correct": False,
                },
                {
                    "text": "Le médecin traitant doit valider le masquage.",
                    "correct": False,
                },
            ],
            "explanation": "Le masquage est un droit du patient : il restreint la visibilité du document sans le supprimer ; l'auteur et le médecin traitant continuent d'y accéder.",
        },
        {
            "text": "L'infirmière libérale qui réalise les injections prescrites par le médecin traitant d'un patient lui demande son dernier bilan biologique. Le patient, informé du partage, ne s'y est pas opposé. Que peut faire le médecin ?",
            "multiple": False,
            "options": [
                {
                    "text": "Rien sans un consentement écrit du patient.",
                    "correct": False,
                },
                {
                    "text": "Transmettre les résultats nécessaires au suivi, par un moyen sécurisé.",
                    "correct": True,
                },
                {
                    "text": "Lui transmettre l'intégralité du dossier, puisqu'elle fait partie de l'équipe de soins.",
                    "correct": False,
                },
                {
                    "text": "Lui répondre que le secret médical interdit tout échange entre professions différentes.",
                    "correct": False,
                },
            ],
            "explanation": "Au sein de l'équipe de soins, les professionnels peuvent échanger les informations strictement nécessaires à la continuité des soins, dès lors que le patient a été informé et ne s'y est pas opposé. « Strictement nécessaires » exclut la transmission de tout le dossier.",
        },
        {
            "text": "Un fichier d'étude où chaque nom est remplacé par un code, la table de correspondance étant conservée à part, contient des données :",
            "multiple": False,
            "options": [
                {"text": "anonymes, hors du champ du RGPD ;", "correct": False},
                {
                    "text": "pseudonymisées, toujours soumises au RGPD ;",
                    "correct": True,
                },
                {
                    "text": "anonymes dès lors que le fichier est chiffré ;",
                    "correct": False,
                },
                {
                    "text": "publiques, car elles ne contiennent plus de nom.",
                    "correct": False,
                },
            ],
            "explanation": "Tant qu'une réidentification reste possible (ici grâce à la table de correspondance), les données sont pseudonymisées et restent personnelles. Seule une anonymisation irréversible fait sortir les données du RGPD.",
        },
        {
            "text": "Avant de présenter un cas en groupe de pairs, que devez-vous retirer ou généraliser ? (plusieurs réponses)",
            "multiple": True,
            "options": [
                {"text": "Les initiales du patient.", "correct": True},
                {
                    "text": "Les dates exactes d'hospitalisation et d'examens.",
                    "correct": True,
                },
                {
                    "text": "Les captures d'écran du logiciel montrant le bandeau patient.",
                    "correct": True,
                },
                {
                    "text": "Le raisonnement clinique et les résultats utiles à la discussion.",
                    "correct": False,
                },
            ],
            "explanation": "Les initiales, les dates exactes et les bandeaux d'identité permettent de reconnaître le patient, directement ou par recoupement. Le contenu clinique utile à la discussion peut être conservé, à condition qu'il ne rende pas à lui seul le patient reconnaissable.",
        },
        {
            "text": "Un patient refuse de participer à une étude observationnelle proposée par son service. Que lui dites-vous ?",
            "multiple": False,
            "options": [
                {
                    "text": "Que son refus n'aura aucune conséquence sur sa prise en charge.",
                    "correct": True,
                },
                {
                    "text": "Que ses données seront utilisées quand même, puisqu'elles sont déjà dans le dossier.",
                    "correct": False,
                },
                {
                    "text": "Qu'il devra changer de service pour son suivi.",
                    "correct": False,
                },
                {
                    "text": "Qu'il doit justifier son refus par écrit.",
                    "correct": False,
                },
            ],
            "explanation": "La participation à une recherche est volontaire ; le refus, ou l'opposition à la réutilisation des données, ne doit avoir aucune conséquence sur les soins et n'a pas à être justifié.",
        },
        {
            "text": "Vous souhaitez sauvegarder les dossiers de votre cabinet chez un prestataire de stockage en ligne. Quelle condition est indispensable ?",
            "multiple": False,
            "options": [
                {
                    "text": "Que le prestataire soit certifié hébergeur de données de santé (HDS).",
                    "correct": True,
                },
                {
                    "text": "Que les patients aient tous signé un consentement à la sauvegarde.",
                    "correct": False,
                },
                {
                    "text": "Que le service soit gratuit, pour éviter tout intérêt commercial.",
                    "correct": False,
                },
                {
                    "text": "Aucune, si le mot de passe du compte est robuste.",
                    "correct": False,
                },
            ],
            "explanation": "Héberger des données de santé pour le compte d'un professionnel impose un hébergeur certifié HDS. Un mot de passe robuste est nécessaire mais ne remplace pas cette exigence ; le consentement des patients n'est pas la règle applicable.",
        },
        {
            "text": "Quelle phrase décrit le mieux une télésurveillance par balance connectée à un patient insuffisant cardiaque ?",
            "multiple": False,
            "options": [
                {
                    "text": "« Vous êtes surveillé 24 heures sur 24, on vous appellera s'il se passe quelque chose. »",
                    "correct": False,
                },
                {
                    "text": "« L'équipe regarde vos mesures les jours ouvrés et vous appelle si besoin ; en cas d'essoufflement important, appelez le 15. »",
                    "correct": True,
                },
                {
                    "text": "« Vos données ne quittent pas la balance. »",
                    "correct": False,
                },
                {
                    "text": "« Ne vous souciez pas de la technique, faites confiance au système. »",
                    "correct": False,
                },
            ],
            "explanation": "Décrire honnêtement qui regarde, quand, et ce que la télésurveillance ne fait pas (ce n'est pas un système d'urgence) protège le patient. Les autres phrases sont inexactes ou empêchent un accord éclairé.",
        },
        {
            "text": "Une patiente refuse que son compte rendu d'hospitalisation soit envoyé à son cardiologue par messagerie sécurisée. Quelles réponses sont appropriées ? (plusieurs réponses)",
            "multiple": True,
            "options": [
                {
                    "text": "Lui demander ce qui l'inquiète et corriger les idées fausses éventuelles.",
                    "correct": True,
                },
                {
                    "text": "Lui proposer de remettre le courrier elle-même au cardiologue.",
                    "correct": True,
                },
                {
                    "text": "Noter son refus et l'information donnée dans le dossier.",
                    "correct": True,
                },
                {
                    "text": "L'avertir que son refus l'empêchera d'être remboursée.",
                    "correct": False,
                },
            ],
            "explanation": "Écouter, informer, proposer une alternative et tracer le refus respectent son choix sans rompre le suivi. Menacer d'une conséquence inexacte exerce une pression et rend l'accord non libre.",
        },
        {
            "text": "Pour gagner du temps, un collègue colle le texte d'un courrier de sortie, avec le nom et la date de naissance du patient, dans un agent conversationnel grand public afin d'en obtenir un résumé. Qu'en pensez-vous ?",
            "multiple": False,
            "options": [
                {
                    "text": "C'est acceptable si le résumé est relu avant d'être utilisé.",
                    "correct": False,
                },
                {
                    "text": "C'est une transmission de données de santé identifiantes à un tiers hors du cadre du soin ; il ne faut pas le faire.",
                    "correct": True,
                },
                {
                    "text": "C'est acceptable si le patient n'en est pas informé, puisque rien ne change pour lui.",
                    "correct": False,
                },
                {
                    "text": "C'est acceptable si l'historique de conversation est supprimé ensuite.",
                    "correct": False,
                },
            ],
            "explanation": "Un service grand public n'est ni un hébergeur de données de santé ni un membre de l'équipe de soins : y copier des données identifiantes est une divulgation. Relire le résultat ou effacer l'historique ne corrige pas cette transmission.",
        },
    ],
}

_EN = {
    "title": "Talking with patients about their health data and consent",
    "summary": "What the GDPR and French law actually say about health data, and how to explain it plainly to patients: rights, Mon espace santé, sharing within the care team, research, connected devices, AI and refusal.",
    "audience": "Physicians, nurses, pharmacists and midwives, in primary care or in hospital, who want to answer patients' questions about their data accurately and obtain agreement that means something.",
    "objectives": [
        "Distinguish consent to care, the legal basis of the care record, and the situations that require the patient's specific agreement (sharing outside the care team, research).",
        "Inform patients of their rights (access, rectification, objection where the law provides it) and answer a request for access to the record within the time limits.",
        "Explain Mon espace santé and the DMP: hiding documents, blocking a professional, access history, sharing within the care team.",
        "Tell pseudonymisation from anonymisation, and remove from a clinical case everything that could identify the patient before sharing it.",
        "Explain in plain words where the data of a connected device or an AI tool go, and handle a refusal without damaging the care relationship.",
    ],
    "lessons": [
        {
            "title": "What the GDPR and French law say, in practice",
            "summary": "Health data, informing the patient, and patients' rights: the essentials for answering accurately without jargon.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "Sensitive data by nature"],
                [
                    "paragraph",
                    "<p>The GDPR lists data concerning health among the <strong>special categories of personal data</strong>: processing them is prohibited in principle, except in the cases the regulation provides. One of those exceptions covers care itself: processing is allowed when it is necessary for preventive medicine, diagnosis or the provision of care, under the responsibility of a professional bound by professional secrecy.</p><p>In France, this European framework comes on top of <strong>professional secrecy</strong> and the <strong>patients' rights</strong> set out in the Public Health Code; it does not replace them. In other words, the GDPR did not invent medical confidentiality: it mainly strengthened the duties to inform, to secure and to keep track.</p>",
                ],
                [
                    "key_point",
                    {
                        "title": "Two kinds of consent not to confuse",
                        "text": "<p>To keep the record of a patient you are treating, you do not need their “GDPR consent”: using their data rests on the need to care for them. On the other hand, free and informed <strong>consent to care</strong> is still required for every procedure, and some uses of data need specific agreement (sharing outside the care team, some research).</p><p>Having patients sign a “GDPR form” at reception is therefore neither needed to treat them nor enough to authorise everything.</p>",
                    },
                ],
                ["heading", "Informing patients: an easy duty to fulfil"],
                [
                    "paragraph",
                    "<p>Patients must know what happens to their data: who is responsible for it (the practice, the hospital), what it is used for (care, coordination, billing), who receives it (care team, laboratory, national health insurance…), how long it is kept, what their rights are and how to exercise them, and that they can complain to the CNIL, the French data protection authority.</p><p>In a practice, a poster in the waiting room and a notice patients can read are usually enough; the CNIL provides templates. Spoken information, given at the right moment and in plain words, does the rest.</p>",
                ],
                [
                    "paragraph",
                    "<p>Patients' rights, in practice:</p><ul><li><strong>Access</strong>: patients can obtain their record, directly or through a physician they choose, without having to give a reason. The documents must reach them within eight days at the latest (two months if the information is more than five years old), after a 48-hour reflection period.</li><li><strong>Rectification</strong>: inaccurate data (address, an allergy entered by mistake, a history attributed in error) must be corrected. A clinical judgement is not “inaccurate data” in the sense of this right; you can, however, record in the file that the patient disputes it.</li><li><strong>Erasure</strong>: it does not apply to the medical record during its legal retention period (in hospital, twenty years after the last stay or visit).</li><li><strong>Objection</strong>: it exists where the law provides it, for instance to the exchange and sharing of information between professionals, to Mon espace santé, or to the reuse of data for research. It does not allow the patient to prevent the care record from being kept.</li></ul>",
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>At the end of a consultation, a patient glances at your screen and asks, a little worried: “What do you do with everything you write down about me?”</p>",
                        "say": [
                            "What I write down helps me care for you and makes sure the next steps of your care go smoothly. It is covered by medical confidentiality.",
                            "Only the professionals who care for you can see it, and you can refuse to have some information shared.",
                            "You can ask for a copy of your record whenever you like; I'll explain how.",
                            "The poster in the waiting room explains who does what with your data. If anything bothers you, let's talk about it.",
                        ],
                        "avoid": [
                            "“It's the GDPR, I have no choice”: points to red tape instead of explaining what the data are for.",
                            "“Sign here, it's for data protection”: suggests everything depends on a signature and that refusing would stop them being treated.",
                            "“Nobody but me will ever see it”: untrue if you work in a team, with a locum, or upload documents to the DMP.",
                        ],
                    },
                ],
                [
                    "vignette",
                    {
                        "title": "A request for a copy of the record",
                        "text": "<p>A woman in her fifties, followed at the practice for many years, emails to ask for a full copy of her record, “including your notes”. She is changing GP after a disagreement about her care.</p>",
                        "question": "How do you respond to this request?",
                        "discussion": "<p>This is the right of access: no reason is needed and it is not up for negotiation. Acknowledge the request, check her identity without asking for more than necessary, then send the documents within the time limits (eight days, two months for information older than five years), in person or through a secure channel — not as an attachment over a consumer messaging service.</p><p>You can offer a conversation to explain parts of the record, but not make it a condition. If she wishes, also send what is useful to her new GP. More generally, always write the record on the assumption that the patient may read it: facts and clinical findings, no value judgements.</p>",
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "When you keep the record of a new patient you are treating, what does the use of their data rest on?",
                        "options": [
                            {
                                "text": "Their written GDPR consent, obtained before anything is entered.",
                                "correct": False,
                                "feedback": "No: care relies on another GDPR exception. A GDPR consent would in any case be fragile, since it could be withdrawn at any time while the record must be kept.",
                            },
                            {
                                "text": "The need to care for them, under the responsibility of a professional bound by secrecy; the patient must be informed.",
                                "correct": True,
                                "feedback": "Yes. Keeping the record follows from the care you provide; your duties are to inform the patient and to protect their data.",
                            },
                            {
                                "text": "Nothing in particular: data covered by medical confidentiality fall outside the GDPR.",
                                "correct": False,
                                "feedback": "No: the GDPR fully applies to health data, in addition to professional secrecy.",
                            },
                        ],
                    },
                ],
            ],
        },
        {
            "title": "Mon espace santé, the DMP and sharing within the care team",
            "summary": "What patients control in Mon espace santé, and what professionals may share with each other.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "Mon espace santé: what the patient controls"],
                [
                    "paragraph",
                    "<p>Mon espace santé is the French public digital health space available to every person covered by national health insurance. It brings together the <strong>shared medical record (DMP)</strong>, a <strong>secure messaging service</strong> for receiving messages from professionals, and a catalogue of approved apps. It is created for everyone unless they object, and patients can close it at any time.</p>",
                ],
                [
                    "paragraph",
                    "<p>In their space, patients can:</p><ul><li><strong>hide a document</strong>: professionals no longer see it, except its author and the patient's regular doctor (médecin traitant);</li><li><strong>block access</strong> for a given professional;</li><li>view the <strong>access history</strong> of their record;</li><li>add documents and information themselves (treatments, allergies, vaccinations…);</li><li>set their preferences, including for access in an emergency.</li></ul><p>On the professionals' side, access is reserved for those involved in the patient's care, with the patient's agreement, and each profession sees only the types of documents the access matrix opens to it. The patient's employer, bank or insurer have no access.</p>",
                ],
                [
                    "key_point",
                    {
                        "title": "Hiding a document is a right, not a lack of trust",
                        "text": "<p>A patient who hides a report (termination of pregnancy, psychiatric admission, screening for a sexually transmitted infection…) is exercising a right. Do not criticise them for it. If they ask, explain what another professional might miss, then let them decide.</p>",
                    },
                ],
                ["heading", "Exchange and sharing: what the care team allows"],
                [
                    "paragraph",
                    "<p>Professional secrecy covers all information about the patient. The law nonetheless allows the professionals caring for a patient to <strong>exchange and share the information strictly necessary</strong> for coordination, continuity of care, prevention or follow-up.</p><ul><li><strong>Within the care team</strong> (équipe de soins) — professionals of the same hospital, primary care centre or health centre who care for the patient, or professionals the patient has recognised as such, for instance the nurse carrying out the care prescribed by their doctor — sharing is possible once the patient has been informed and has not objected.</li><li><strong>Outside the care team</strong>, sharing requires the patient's prior consent.</li><li>In every case, the patient can <strong>object at any time</strong> to the exchange and sharing of their information.</li></ul><p>“Strictly necessary” is the key phrase: a nurse monitoring anticoagulation needs the INR and the treatment, not the patient's whole life story.</p>",
                ],
                [
                    "paragraph",
                    "<p><strong>Where are the data stored?</strong> Anyone hosting health data on behalf of a professional, a facility or the patient must be certified as a <strong>health data host (HDS, hébergeur de données de santé)</strong>. If your practice software runs online, if you back up to the cloud or use a remote-monitoring platform, check in the contract that the host is HDS-certified. This is also a concrete answer for the patient who asks “where do my data go?”.</p>",
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>A patient has received a letter about Mon espace santé and is unsure whether to keep it: “So anyone will be able to read my record?”</p>",
                        "say": [
                            "No: only the professionals who care for you can look at it, with your agreement, and each one only sees what their profession is allowed to see. Your employer or your insurer have no access.",
                            "You can hide a document, block a professional, and see who has looked at your record.",
                            "The point is that in the emergency department or at a specialist's, they know your medicines and allergies without you having to tell the whole story again.",
                            "It's your choice: if you'd rather close it, you can, and I'll keep caring for you in exactly the same way.",
                        ],
                        "avoid": [
                            "“You have to keep it, it's compulsory”: untrue, and it undermines trust.",
                            "“It's 100% secure, there's no risk at all”: no such promise is honest; talk about the safeguards and the rights they have instead.",
                            "“Don't hide anything, or we won't be able to treat you properly”: makes the patient feel guilty and denies a right.",
                        ],
                    },
                ],
                [
                    "vignette",
                    {
                        "title": "The report the patient does not want shown",
                        "text": "<p>A man in his forties was admitted to a psychiatric unit several years ago; he has hidden the discharge report in his DMP. He now consults for abdominal pain and you refer him to a gastroenterologist. He asks you not to mention that episode in the referral letter. He is still taking a mood stabiliser.</p>",
                        "question": "What do you put in the letter?",
                        "discussion": "<p>Start from the “strictly necessary” test: the story of the admission is not useful to the gastroenterologist, his <strong>current treatment</strong> is (interactions, digestive side effects, precautions for procedures). Tell the patient so: “I need to list the medicines you take; I don't need to say why or to mention the admission.”</p><p>If he still refuses to have the treatment in the letter, explain the concrete risk, suggest he tells the specialist himself, respect his decision and record it in the file. Hiding the report in the DMP remains his call.</p>",
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "A patient has hidden a report in Mon espace santé. Who can still see it in her DMP?",
                        "options": [
                            {
                                "text": "Her regular doctor (médecin traitant).",
                                "correct": True,
                                "feedback": "Yes: a hidden document remains visible to the médecin traitant.",
                            },
                            {
                                "text": "The professional who wrote the report.",
                                "correct": True,
                                "feedback": "Yes: the author of the document keeps access to it.",
                            },
                            {
                                "text": "The physiotherapist currently treating her.",
                                "correct": False,
                                "feedback": "No: hiding applies to all professionals except the author and the médecin traitant.",
                            },
                            {
                                "text": "Nobody, not even its author.",
                                "correct": False,
                                "feedback": "No: hiding does not delete the document; it restricts who can see it.",
                            },
                        ],
                    },
                ],
            ],
        },
        {
            "title": "Research, pseudonymisation and sharing a case with colleagues",
            "summary": "What changes when data are used for research or teaching, and how to make a case genuinely non-identifying.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "Care and research: two different regimes"],
                [
                    "paragraph",
                    "<p>For care, using the data follows from the care itself; informing the patient is enough. Research follows its own rules:</p><ul><li><strong>research involving human participants</strong> (a trial, or a study with a specific procedure or data collection) requires, depending on its category, written consent, express consent, or at least informing the patient and their not objecting;</li><li><strong>reusing data already collected</strong> during care (records, hospital data warehouses) generally relies on individual or collective information and on the patient's <strong>right to object</strong>, together with formalities with the CNIL.</li></ul><p>In all cases, taking part is voluntary and can be stopped.</p>",
                ],
                [
                    "key_point",
                    {
                        "title": "Saying no to research does not affect care",
                        "text": "<p>Refusing to take part in research, or objecting to the reuse of one's data, has <strong>no consequence whatsoever on care</strong>. Say so explicitly: that is what makes the patient's agreement genuinely free.</p>",
                    },
                ],
                ["heading", "Pseudonymisation is not anonymisation"],
                [
                    "paragraph",
                    "<p><strong>Pseudonymising</strong> means replacing direct identifiers (name, social security number, record number) with a code, the key being kept separately. The data remain <strong>personal data</strong>: the GDPR still applies.</p><p><strong>Anonymising</strong> means making re-identification impossible, irreversibly and by any reasonable means, including by linking with other sources. Truly anonymous data fall outside the GDPR. Three risks are classically checked: singling out an individual, linking records about them, and inferring information about them.</p><p>In health care, true anonymisation is hard: a rare disease, a small town, exact dates, free text or an image are often enough to recognise someone.</p>",
                ],
                [
                    "paragraph",
                    "<p><strong>Before sharing a case</strong> (peer group, team meeting, professional forum, teaching), remove:</p><ul><li>surname, first name, <strong>initials</strong>, date of birth (give an age or an age range);</li><li>record, admission and social security numbers;</li><li>exact dates (prefer day 0, day 3, “three months later”);</li><li>places — town, hospital, ward — when they narrow down the circle;</li><li>an unusual occupation or situation, family make-up, any life detail not needed for the clinical question;</li><li>face, tattoos and distinctive marks in photos, and the images' <strong>metadata</strong>;</li><li>screenshots of the practice software showing the patient banner, and imaging headers and annotations.</li></ul><p>Ask yourself one simple question: <em>could someone who knows this patient recognise them?</em> If so, remove or generalise further. And for a photo, ask the patient's permission, even if it is cropped.</p>",
                ],
                [
                    "vignette",
                    {
                        "title": "Asking for advice on a messaging group",
                        "text": "<p>A GP working in a rural area wants to ask colleagues for advice on a professional messaging group. Her draft: “27-year-old woman, the only schoolteacher in the village, rare disease diagnosed in March at the university hospital, rash this morning, photo and screenshot from my software attached.”</p>",
                        "question": "What is the problem, and how would you rephrase it?",
                        "discussion": "<p>Each item looks harmless on its own, but their <strong>combination</strong> (age, the village's only teacher, a rare disease, the date of diagnosis) points straight at the patient. The screenshot probably shows the identity banner, and the photo may include a face, a distinctive mark and metadata. Finally, a consumer messaging app is not designed for health data.</p><p>A possible rewording: “Woman under 30, followed for a rare storage disease, rash this morning on treatment; has anyone seen this before?”, with a cropped photo showing no distinctive mark, stripped of metadata, taken with the patient's agreement. If a named opinion is needed for her care, it goes through a tele-expertise request or secure health messaging to a specialist.</p>",
                    },
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>You would like to present a patient's case, with a photo of a skin lesion, at your next peer group meeting.</p>",
                        "say": [
                            "I'd like to show the photo of your skin lesion to colleagues so we can learn together. Your face won't be shown, nor anything that could identify you, and your name won't appear anywhere.",
                            "You are completely free to say no; it won't change anything about your care.",
                            "If you agree, I'll note it in your record, and you can change your mind later.",
                        ],
                        "avoid": [
                            "“It's anonymous, don't worry”, without saying what will be shown or to whom: the patient cannot judge what they are agreeing to.",
                            "Asking with your hand on the door handle at the end of the consultation: the pressure of the moment makes the agreement hardly free.",
                        ],
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "Which of these can make a patient recognisable, even without their name?",
                        "options": [
                            {
                                "text": "The exact admission date and the name of the ward.",
                                "correct": True,
                                "feedback": "Yes: combined, they narrow the circle considerably, especially for colleagues in the same hospital.",
                            },
                            {
                                "text": "An unusual occupation together with the name of a small town.",
                                "correct": True,
                                "feedback": "Yes: this is the textbook example of indirect identification.",
                            },
                            {
                                "text": "A screenshot of the practice software, even hastily blurred.",
                                "correct": True,
                                "feedback": "Yes: the patient banner, record number or date of birth often survive quick blurring.",
                            },
                            {
                                "text": "Sex and a ten-year age range, in a common clinical question.",
                                "correct": False,
                                "feedback": "On their own, these rarely identify anyone; just make sure they are not combined with other details.",
                            },
                        ],
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "In a study file, names have been replaced by a code; the investigator keeps the key. These data are…",
                        "options": [
                            {
                                "text": "Anonymous, and therefore outside the GDPR.",
                                "correct": False,
                                "feedback": "No: as long as the key exists, re-identification remains possible.",
                            },
                            {
                                "text": "Pseudonymised: still personal data, subject to the GDPR.",
                                "correct": True,
                                "feedback": "Yes: pseudonymisation reduces the risk; it does not take the data outside the GDPR.",
                            },
                            {
                                "text": "Anonymous provided the file is encrypted.",
                                "correct": False,
                                "feedback": "No: encryption protects access to the file; it does not change the nature of the data.",
                            },
                        ],
                    },
                ],
            ],
        },
        {
            "title": "Connected devices, AI tools and refusal: explaining it to patients",
            "summary": "Describe the data flow honestly, inform patients when AI is used, and handle a refusal well.",
            "estimated_minutes": 25,
            "body": [
                ["heading", "Where do a connected device's data go?"],
                [
                    "paragraph",
                    "<p>The typical flow: the sensor (scales, glucose reader, blood pressure monitor, watch) sends readings to an app on the phone, which forwards them to the server of the manufacturer or of the remote-monitoring provider; the care team reviews them on a dashboard. Before offering a device, be ready to answer four questions:</p><ul><li><strong>who receives</strong> the data (manufacturer, provider, team) and where they are hosted (an HDS-certified host for a medical remote-monitoring device);</li><li><strong>who looks at them, and when</strong>: working hours or around the clock? How fast is the response?</li><li>what the manufacturer does with the data, according to its terms of use;</li><li>how to <strong>stop</strong>, and what then happens to the data.</li></ul><p>Also tell a <strong>medical device</strong> used as part of care from a consumer wellness gadget, whose data follow the manufacturer's commercial terms.</p>",
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>You are offering remote monitoring to a patient with heart failure: connected scales will send his weight every morning.</p>",
                        "say": [
                            "Your scales send your weight every morning to the remote-monitoring team. They are the ones who check the alerts, on working days, and who will call you if your weight goes up too quickly.",
                            "It's not an emergency service: if you are very short of breath or have chest pain, call 15 (the SAMU emergency line) straight away.",
                            "Your readings are stored by a host certified for health data and are only used for your care. You can stop whenever you want.",
                            "Your sports watch, on the other hand, isn't a medical device: its data go to the manufacturer under its own terms.",
                        ],
                        "avoid": [
                            "“We're watching you 24 hours a day”: usually untrue, and dangerous if the patient waits for a reaction that will not come.",
                            "“Your data don't go anywhere”: inaccurate; better to describe the flow honestly.",
                        ],
                    },
                ],
                ["heading", "AI tools: inform, check, protect"],
                [
                    "paragraph",
                    "<p>Since the 2021 French bioethics law, professionals who use, for prevention, diagnosis or care, a medical device involving algorithmic processing learned from large datasets must make sure the patient has been <strong>informed</strong> and, where relevant, told about the resulting interpretation.</p><p>For documentation assistants that record the consultation, good practice is the same: tell the patient before recording starts, obtain their agreement, and offer to stop at any time. Beforehand, check the contract: HDS hosting, where the data are stored, no reuse to train the model without a legal basis.</p><p>Never paste a patient's identifying data into a general-purpose consumer chatbot: you would be handing them to a third party outside any care framework.</p>",
                ],
                [
                    "key_point",
                    {
                        "title": "The tool suggests, you decide",
                        "text": "<p>A score, an alert or an AI-generated note does not shift your responsibility. Reread and correct whatever goes into the record, and tell the patient what the tool does — and what it does not do.</p>",
                    },
                ],
                [
                    "knowledge_check",
                    {
                        "question": "You start using an AI transcription assistant in consultations. Which practices are appropriate?",
                        "options": [
                            {
                                "text": "Tell the patient before recording and obtain their agreement, with the option to stop.",
                                "correct": True,
                                "feedback": "Yes: patients must know they are being recorded and be able to refuse without consequence.",
                            },
                            {
                                "text": "Check beforehand that the provider is HDS-certified and does not reuse recordings without a legal basis.",
                                "correct": True,
                                "feedback": "Yes: this is a one-off check to do before the first patient.",
                            },
                            {
                                "text": "Say nothing if the tool deletes the recording after transcription.",
                                "correct": False,
                                "feedback": "No: later deletion does not remove the duty to tell patients they are being recorded.",
                            },
                            {
                                "text": "Reread and correct the generated note before saving it to the record.",
                                "correct": True,
                                "feedback": "Yes: you remain the author of, and responsible for, what is in the record.",
                            },
                        ],
                    },
                ],
                ["heading", "When the patient says no"],
                [
                    "paragraph",
                    "<p>A refusal (DMP, remote monitoring, sharing a report, an AI assistant) is not a communication failure. A five-step approach:</p><ol><li><strong>Listen for the reason</strong>: fear of a leak, of the employer or the insurer, stigma, a bad past experience.</li><li><strong>Correct misconceptions</strong>, without playing down real risks.</li><li><strong>Offer an alternative</strong>: a letter handed over in person, a paper logbook, sharing limited to the essentials.</li><li><strong>Respect and record</strong> the refusal in the file, together with the information given.</li><li><strong>Ask again later</strong>, without pushing.</li></ol><p>Be frank about the limits: a refusal does not override legal obligations (mandatory notification of certain diseases, billing to national health insurance, keeping the record). Explain them rather than keep quiet about them.</p>",
                ],
                [
                    "patient_conversation",
                    {
                        "situation": "<p>A patient refuses to have her results sent to the endocrinologist through secure messaging: “I don't want it floating around on the internet.”</p>",
                        "say": [
                            "I understand; it's your record and your decision. What worries you most?",
                            "The messaging I use is restricted to health professionals and encrypted; it's not ordinary email.",
                            "If you prefer, I'll give you the letter in a sealed envelope and you can hand it over yourself.",
                            "I'll note your choice in your record; you can change your mind whenever you like.",
                        ],
                        "avoid": [
                            "“If you refuse, I can't treat you”: untrue, and that kind of pressure means the choice is no longer free.",
                            "“Have you got something to hide?”: guilt-inducing, and it damages the relationship.",
                        ],
                    },
                ],
                [
                    "vignette",
                    {
                        "title": "The glucose reader and the fear that data are sold",
                        "text": "<p>At the pharmacy, a pharmacist offers a patient with diabetes, in his seventies, support with a connected glucose reader and the manufacturer's app. The patient declines: he has read that “they sell your health data”.</p>",
                        "question": "How do you continue the conversation?",
                        "discussion": "<p>Start by acknowledging the question: it is legitimate, and consumer devices do not all offer the same safeguards. Explain what is true for this particular device: who receives the data, where they are hosted, what the terms of use say, and how readings can be shared with the care team — or not.</p><p>Offer an alternative if there is one: using the reader without creating an online account where that is possible, or keeping a paper logbook to bring to appointments. Record the information given and the patient's choice, and let the GP know which follow-up method was chosen. The patient still gets good support, connected or not.</p>",
                    },
                ],
            ],
        },
    ],
    "assessment": [
        {
            "text": "A patient refuses to sign the “GDPR form” that reception hands him. What is the right response?",
            "multiple": False,
            "options": [
                {
                    "text": "He cannot be seen until he has signed.",
                    "correct": False,
                },
                {
                    "text": "He is treated as usual: keeping his record does not depend on this consent; he must, however, be informed of how his data are used.",
                    "correct": True,
                },
                {
                    "text": "He is treated, but nothing is written in his record.",
                    "correct": False,
                },
                {
                    "text": "He is asked to see a doctor at another practice.",
                    "correct": False,
                },
            ],
            "explanation": "Processing the data needed for care rests on the care provided by a professional bound by secrecy, not on GDPR consent. The duty is to inform the patient. Consent to care, on the other hand, is still required for every procedure.",
        },
        {
            "text": "Which rights can a patient exercise over their medical record at the practice? (select all that apply)",
            "multiple": True,
            "options": [
                {"text": "Obtain a copy of their record.", "correct": True},
                {
                    "text": "Have an allergy entered by mistake corrected.",
                    "correct": True,
                },
                {
                    "text": "Demand the permanent deletion of their entire record during its retention period.",
                    "correct": False,
                },
                {
                    "text": "Refuse to have information passed to a professional outside their care team.",
                    "correct": True,
                },
            ],
            "explanation": "Patients have a right of access and of rectification of inaccurate data; outside the care team, sharing requires their consent. Erasure does not apply to the record during its legal retention period.",
        },
        {
            "text": "A patient has hidden a consultation report in Mon espace santé. What happens?",
            "multiple": False,
            "options": [
                {
                    "text": "The document is permanently deleted from the DMP.",
                    "correct": False,
                },
                {
                    "text": "Professionals no longer see the document, except its author and the patient's médecin traitant.",
                    "correct": True,
                },
                {
                    "text": "All professionals still see the document; only the patient no longer does.",
                    "correct": False,
                },
                {
                    "text": "The médecin traitant has to approve the hiding.",
                    "correct": False,
                },
            ],
            "explanation": "Hiding is the patient's right: it restricts who can see the document without deleting it; the author and the médecin traitant keep access.",
        },
        {
            "text": "The community nurse who gives the injections prescribed by a patient's GP asks the GP for the latest blood results. The patient was informed about sharing and did not object. What can the GP do?",
            "multiple": False,
            "options": [
                {
                    "text": "Nothing without the patient's written consent.",
                    "correct": False,
                },
                {
                    "text": "Send the results needed for follow-up, through a secure channel.",
                    "correct": True,
                },
                {
                    "text": "Send her the whole record, since she is part of the care team.",
                    "correct": False,
                },
                {
                    "text": "Tell her that medical confidentiality forbids any exchange between different professions.",
                    "correct": False,
                },
            ],
            "explanation": "Within the care team, professionals may exchange the information strictly necessary for continuity of care, once the patient has been informed and has not objected. “Strictly necessary” rules out sending the whole record.",
        },
        {
            "text": "A study file in which each name is replaced by a code, with the key kept separately, contains data that are:",
            "multiple": False,
            "options": [
                {"text": "anonymous, outside the GDPR;", "correct": False},
                {
                    "text": "pseudonymised, still subject to the GDPR;",
                    "correct": True,
                },
                {
                    "text": "anonymous as soon as the file is encrypted;",
                    "correct": False,
                },
                {
                    "text": "public, since they no longer contain names.",
                    "correct": False,
                },
            ],
            "explanation": "As long as re-identification remains possible (here, through the key), the data are pseudonymised and remain personal data. Only irreversible anonymisation takes data outside the GDPR.",
        },
        {
            "text": "Before presenting a case at a peer group, what must you remove or generalise? (select all that apply)",
            "multiple": True,
            "options": [
                {"text": "The patient's initials.", "correct": True},
                {
                    "text": "The exact dates of admission and tests.",
                    "correct": True,
                },
                {
                    "text": "Screenshots of the software showing the patient banner.",
                    "correct": True,
                },
                {
                    "text": "The clinical reasoning and the results relevant to the discussion.",
                    "correct": False,
                },
            ],
            "explanation": "Initials, exact dates and identity banners make the patient recognisable, directly or by cross-checking. Clinical content useful to the discussion can stay, provided it does not on its own make the patient recognisable.",
        },
        {
            "text": "A patient declines to take part in an observational study offered by his department. What do you tell him?",
            "multiple": False,
            "options": [
                {
                    "text": "That his refusal will have no consequence on his care.",
                    "correct": True,
                },
                {
                    "text": "That his data will be used anyway, since they are already in the record.",
                    "correct": False,
                },
                {
                    "text": "That he will have to be followed by another department.",
                    "correct": False,
                },
                {
                    "text": "That he must justify his refusal in writing.",
                    "correct": False,
                },
            ],
            "explanation": "Taking part in research is voluntary; refusing, or objecting to the reuse of one's data, must have no consequence on care and needs no justification.",
        },
        {
            "text": "You want to back up your practice's records with an online storage provider. Which condition is essential?",
            "multiple": False,
            "options": [
                {
                    "text": "The provider must be certified as a health data host (HDS).",
                    "correct": True,
                },
                {
                    "text": "All patients must have signed a consent to the backup.",
                    "correct": False,
                },
                {
                    "text": "The service must be free, to avoid any commercial interest.",
                    "correct": False,
                },
                {
                    "text": "None, if the account password is strong.",
                    "correct": False,
                },
            ],
            "explanation": "Hosting health data on behalf of a professional requires an HDS-certified host. A strong password is necessary but does not replace this requirement; patient consent is not the applicable rule.",
        },
        {
            "text": "Which sentence best describes remote monitoring with connected scales to a patient with heart failure?",
            "multiple": False,
            "options": [
                {
                    "text": "“You're monitored 24 hours a day; we'll call you if anything happens.”",
                    "correct": False,
                },
                {
                    "text": "“The team checks your readings on working days and calls you if needed; if you are very short of breath, call 15 (SAMU).”",
                    "correct": True,
                },
                {
                    "text": "“Your data never leave the scales.”",
                    "correct": False,
                },
                {
                    "text": "“Don't worry about the technology, just trust the system.”",
                    "correct": False,
                },
            ],
            "explanation": "Describing honestly who looks, when, and what remote monitoring does not do (it is not an emergency service) protects the patient. The other sentences are inaccurate or prevent informed agreement.",
        },
        {
            "text": "A patient refuses to have her discharge summary sent to her cardiologist through secure messaging. Which responses are appropriate? (select all that apply)",
            "multiple": True,
            "options": [
                {
                    "text": "Ask what worries her and correct any misconceptions.",
                    "correct": True,
                },
                {
                    "text": "Offer to let her hand the letter to the cardiologist herself.",
                    "correct": True,
                },
                {
                    "text": "Record her refusal and the information given in her file.",
                    "correct": True,
                },
                {
                    "text": "Warn her that refusing will prevent her from being reimbursed.",
                    "correct": False,
                },
            ],
            "explanation": "Listening, informing, offering an alternative and recording the refusal respect her choice without breaking continuity of care. Threatening an untrue consequence is pressure and makes agreement unfree.",
        },
        {
            "text": "To save time, a colleague pastes the text of a discharge letter, including the patient's name and date of birth, into a consumer chatbot to get a summary. What do you think?",
            "multiple": False,
            "options": [
                {
                    "text": "It is acceptable if the summary is reread before use.",
                    "correct": False,
                },
                {
                    "text": "It discloses identifying health data to a third party outside the care framework; it should not be done.",
                    "correct": True,
                },
                {
                    "text": "It is acceptable if the patient is not told, since nothing changes for them.",
                    "correct": False,
                },
                {
                    "text": "It is acceptable if the chat history is deleted afterwards.",
                    "correct": False,
                },
            ],
            "explanation": "A consumer service is neither a health data host nor a member of the care team: pasting identifying data into it is a disclosure. Rereading the output or deleting the history does not undo that disclosure.",
        },
    ],
}

COURSES = [
    {
        "code": "talking-health-data-consent",
        "topics": ["data_protection", "patient_communication", "ethics", "research"],
        "professions": ["physician", "nurse", "pharmacist", "midwife"],
        "estimated_minutes": 120,
        "pass_mark": 75,
        "max_attempts": 3,
        "release_date": "2026-11-02",
        "last_review_date": "2026-11-02",
        "expiry_date": "2028-11-02",
        "designations": [
            {"framework": "certification-periodique", "category": "bloc-3", "max_credits": "2"},
            {"framework": "dpc", "category": "formation-continue", "max_credits": "2"},
            {"framework": "eaccme", "category": "elearning", "max_credits": "2"},
            {"framework": "ama-pra-1", "category": "enduring-material", "max_credits": "2"},
        ],
        "faculty": [
            {
                "name": "Dr Maëlle Fontanier",
                "credentials": "MD",
                "disclosures_fr": "Aucun lien d'intérêt déclaré.",
                "disclosures_en": "No relevant financial relationships.",
                "role_fr": "Médecin généraliste en maison de santé pluriprofessionnelle ; autrice du module (personnage fictif).",
                "role_en": "General practitioner in a multidisciplinary primary care centre; module author (fictional).",
            },
            {
                "name": "Armand Quilliec",
                "credentials": "LLM",
                "disclosures_fr": "Consultant rémunéré pour un éditeur de logiciels médicaux, sans lien avec le contenu de ce module.",
                "disclosures_en": "Paid consultant for a medical software publisher, unrelated to the content of this module.",
                "role_fr": "Juriste en droit de la santé ; relecture juridique (personnage fictif).",
                "role_en": "Health lawyer; legal review (fictional).",
            },
            {
                "name": "Sophie Landrevie",
                "credentials": "RN, MSc",
                "disclosures_fr": "Aucun lien d'intérêt déclaré.",
                "disclosures_en": "No relevant financial relationships.",
                "role_fr": "Infirmière en pratique avancée ; relecture clinique (personnage fictif).",
                "role_en": "Advanced practice nurse; clinical review (fictional).",
            },
        ],
        "translations": {"fr": _FR, "en": _EN},
    }
]
