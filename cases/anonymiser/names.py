"""Person-name detection: titles, roles, relations, signatures, field labels and gazetteers.

The rules are deliberately *anchored*: a capitalised word is only taken for a name when
something says so (a title such as "Dr"/"Mme", a role such as "IDE"/"nurse", a relation such as
"sa fille"/"wife", a signature such as "..., RN", a field label such as "Patient :"), or when it is
a known given name. Bare capitalised words are never enough: clinical notes are full of
capitalised drugs, eponyms and acronyms, and over-redaction makes a case useless.
"""

from __future__ import annotations

import re

from .gazetteers import drugs, eponyms, first_names, norm, stopwords, surnames
from .patterns import P_NAME, Cand
from .spans import Label
from .tokens import Token


def _words(block: str) -> list[str]:
    """Split a block of whitespace-separated words (keeps long word lists compact)."""
    return block.split()


# Titles that are unambiguous in any case ("dr", "Dr.", "DR", "Mme", "mrs.").
_TITLES = frozenset(
    _words(
        """
    dr drs dre docteur doctor doc professeur professor prof mme mmes mlle madame
    mademoiselle monsieur messieurs mrs mr miss mister mx sir dame lady lord
    """
    )
)
# Titles that only count in one exact spelling: "M." (Monsieur) vs the M of "M. tuberculosis",
# "Pr" vs "PR" (the ECG interval), "Ms" vs "MS" (mental status), "Me" (Maître, a lawyer).
_CASED_TITLES = frozenset({"M", "Pr", "Ms", "Me", "Sr", "Fr"})
# All-capital spellings that double as clinical abbreviations (mitral regurgitation...).
_AMBIGUOUS_CAPS_TITLES = frozenset({"MR", "MRS", "MS", "DR", "PR", "ME", "SR", "FR"})

_ROLE_BEFORE = frozenset(
    _words(
        """
    nurse infirmiere infirmier interne externe kine kinesitherapeute sage-femme
    aide-soignante aide-soignant cadre psychologue dieteticienne dieteticien ergotherapeute
    orthophoniste psychomotricienne rabbi chaplain aumonier pasteur imam resident intern
    therapist pharmacist pharmacien pharmacienne secretaire caregiver lawyer avocat avocate
    notaire ide specialist coordinator coordinatrice manager physician surgeon chirurgien
    anesthesiste radiologue cardiologue neurologue medecin praticien praticienne docteure
    stagiaire etudiant etudiante homecare auxiliaire assistante ho np pa md rn sw psychiatre
    geriatre idel iade ibode puericultrice orthoptiste podologue
    """
    )
)
# Role abbreviations that are also clinical words: the name after them needs gazetteer support.
_WEAK_ROLES = frozenset(
    {"ho", "np", "pa", "md", "rn", "sw", "cadre", "pasteur", "manager", "assistante"}
)


def _city_norms() -> frozenset[str]:
    from .patterns import _known_city_norms

    return _known_city_norms()


# Words that open a facility's name: "Dr Martin DE LA CLINIQUE DU PARC" is where he works.
_FACILITY_HEADS = frozenset(
    _words(
        """
    clinique polyclinique hopital hôpital centre ch chu chr ehpad institut fondation maternite
    maternité residence résidence pharmacie maison groupe cabinet laboratoire
    """
    )
)
_ROLE_AFTER = frozenset(
    _words(
        """
    rn rrt np pa pa-c md msw lcsw bsn lpn cna pharmd crna ide sw rt aprn fnp dnp phd mbbs
    frcp ibode iade idel mbchb mrcgp mrcp mrcs frcs frcr dpt facp facs
    """
    )
)
_WEAK_ROLE_AFTER = frozenset({"md", "pa", "np", "rt", "sw", "ide"})

_RELATIONS_EN = frozenset(
    _words(
        """
    wife husband son daughter dtr dau brother sister mother father mom dad niece neice
    nephew grandson granddaughter grandmother grandfather friend girlfriend boyfriend
    partner proxy hcp neighbor neighbour aunt uncle cousin fiance fiancee son-in-law
    daughter-in-law stepson stepdaughter spouse sibling guardian godson goddaughter
    companion roommate landlord daughters sons brothers sisters nieces nephews grandsons
    granddaughters grandchildren children kids parents friends neighbors neighbours aunts
    uncles cousins grandparents stepsons stepdaughters
    """
    )
)
_RELATIONS_FR = frozenset(
    _words(
        """
    fille fils epouse epoux mari femme mere pere soeur frere niece neveu petite-fille
    petit-fils belle-fille beau-fils gendre bru compagne compagnon conjoint conjointe
    concubin concubine tuteur tutrice curateur curatrice voisin voisine ami amie aidant
    aidante cousin cousine tante oncle belle-soeur beau-frere belle-mere beau-pere confiance
    parrain marraine nee ep veuve prenommee prenomme nommee nomme dite dit filles enfants
    freres soeurs parents amis voisins petits-enfants
    """
    )
)
# Words that may sit between a relation and the name: "daughter is Mrs. X", "son, Karim".
_RELATION_FILLERS = frozenset(
    {"is", "est", "named", "called", "nommee", "nomme", "prenommee", "prenomme", "de"}
)

# Capitalised clinical words and acronyms that a name must never swallow.
_CLINICAL = frozenset(
    _words(
        """
    icu micu sicu ccu csru cvicu nicu picu tsicu tcu er ed ew or pacu ir ct mri irm tdm eeg
    ekg ecg ett eto tee tte cxr kub us abg bp hr rr sat spo iv po sc im ng ngt ogt peg picc
    cvl tpn npo dnr dni cmo bid tid qid prn qd hs am pm ns lr prbc ffp inr ptt hct hgb wbc
    plt ck mb trop bnp lft cabg ptca mi chf copd cad htn dm cva tia gi gu id cv resp neuro
    plan hpi pmh ros mae perrl sr st nsr af afib vt vf pvc pac svt ta fc fr htg hta avc idm
    fa bpco irc dfg nfs crp pct hb vgm ains avk hbpm ras rad sau samu smur uhcd usic usc rea
    ssr ehpad hdj chu ch chr ide as ash kine ipp nda rpps adeli finess nir ins vih vhc vhb
    ist itu uti iu ui mg ml ok rdv crh cro cr cat tt atcd ttt dt iao bmr ecbu oap ep tvp vs
    ivg ivd tap osh snf ltc rehab floor unit ward bed room clinic tele cath lab abx pt pts
    yo yr hrs min sob doe cp cpr acls bls gcs nihss rass cam asa nyha mmse mms moca eva ens
    die la le les un une des ex post pre neg pos wnl nad aox bs bm uo ivf gtt drip vent
    bipap cpap peep ps fio sx tx dx hx rx fx sx cx pe pna uri ards aki ckd esrd hd crrt cvvh
    ivc svc ra rv la lv lvef ef ap lat ant post sup inf med lat dr md np pa rn ho rt sw ot
    slp pcp ent obgyn gyn ob dob ddn mrn ssn nss tel fax email mail adresse address age sexe
    sex poids taille x-ray telephone phone smoker worker idel iade ibode mbchb mrcgp mrcp
    mrcs frcs frcp frcr mbbs facp facs dpt pharmd
    """
    )
)
_VERBS = frozenset(
    _words(
        """
    states stated says said called calls wants wanted visited visiting aware notified
    informed updated present arrived left came went spoke speaks talked discussed agrees
    agreed declined requests requested feels felt reports reported asked asks thinks thought
    understands understood met meets lives lived works worked will would has had pressures
    pressure systolic systolics diastolic diastolics sats numbers readings wedge port
    tracing waveform mean catheter line lines placed removed pulled ordered spent staying
    stayed overnight tonight today yesterday tomorrow returned remains remained coli diff
    difficile aureus pylori pneumoniae influenzae tuberculosis albicans faecalis faecium
    epidermidis marcescens cloacae aeruginosa catarrhalis monocytogenes trachomatis
    gonorrhoeae jirovecii neoformans fumigatus glabrata krusei fragilis perfringens
    burgdorferi pallidum typhi jejuni vulgaris mirabilis oxytoca baumannii maltophilia
    agalactiae pyogenes viridans fib flutter tach brady have was were is are does did can
    could should may might must also
    """
    )
)

_EPONYM_CONTEXT = frozenset(
    _words(
        """
    maladie syndrome signe score test manoeuvre classification triade lymphome sarcome
    disease sign scale criteria criteres echelle loi methode procedure operation
    intervention technique fracture reflexe reflex phenomene phenomenon index indice stade
    stage grade type tumeur tumor tumour cellules cells angle canal point ligne line ulcere
    ulcer diverticule diverticulum sonde position incision voie approach tube catheter regle
    rule formule formula equation effet effect reaction hernie hernia
    """
    )
)

# Given names that are also everyday words: never taken for a name without a title/relation.
_AMBIGUOUS_FIRST = frozenset(
    _words(
        """
    will may june april august grace hope faith joy rose mark bill pat sue rob don art guy
    ken dan jack frank ray sam al ed ben max ruth amber ivy holly dawn crystal summer chase
    hunter lane miles bob carol virginia georgia carolina paris lou nick sally gene gay jean
    kim lee christian major wade bishop claire pierre marine aurore olive prudence constance
    celeste france blanche germain clement juste innocent desire aime noel pascal victoire
    fleur reine marguerite prosper modeste dominique patience angele charity destiny harmony
    melody sage scott norman warren douglas stanley morgan jordan rich cash price long young
    king ali said nour line aline pearl ted chip penny dusty sandy rusty misty ginger
    candy honey cliff drew dean iris violet hazel ruby daisy april dawn joy opal
    """
    )
)

# Words that typically follow a person's name in notes.
_NAME_FOLLOWERS = frozenset(
    _words(
        """
    aware notified informed called paged spoke speaks states stated said says ordered made
    here came come regarding re about explained discussed agrees agreed wants wanted updated
    visited visiting present arrived placed placing evaluated saw sees consulted recommends
    recommended feels felt thinks reports reported requests requested would will
    """
    )
)

# Words that typically introduce a person's name.
_NAME_PRECEDERS = frozenset(
    _words(
        """
    per by with from to and called paged notified informed via cc et par avec selon pour
    contacted contact seen vu vue appelé appele prévenu prevenu reviewed saw examined revu
    revue examine examinee
    """
    )
)

_AFTER_NAME_LINKS = frozenset(
    _words(
        """
    on in and at here to via by who re regarding via over from with is was has had
    """
    )
)
# Verbs whose subject is a person: "dtr laverne does speak", "son rob visited".
_PERSON_VERBS = frozenset(
    _words(
        """
    does did is was has had lives lived works worked visited visits called calls came comes
    spoke speaks stayed stays went goes wants wanted wishes asked asks says said states
    stated brought remains remained will would agrees agreed expressed verbalized spent
    staying visiting left took arrived flew drove gave wishes verbalizes understands
    """
    )
)
# Ordinary words that follow a relation word on all-capital lines ("WIFE HOME", "SON ALSO").
_AFTER_RELATION_WORDS = frozenset(
    _words(
        """
    home here there present phone bedside tonight today also both all who which whom when
    visit visits came comes come took takes told asks tells gave gives brought brings left
    remain remains stays stay very now still not and the with from into onto called calls
    update updates info information aware concerned involved supportive upset anxious
    tearful happy pleased appropriate questions question says say states state feel feels
    want wants wish wishes would will may might can could should does did has have had was
    were are is spoke speak speaks talk talks met meet meets knows know plans plan hopes
    wishes decision decisions health care proxy hcp contact number out over back again
    smokes drinks uses smoke drink use same other
    """
    )
)

_REL_WORDS = (
    r"wife|husband|son|daughter|dtr|dau|brother|sister|mother|father|mom|dad|niece|nephew"
    r"|grandson|granddaughter|grandmother|grandfather|friend|girlfriend|boyfriend|partner"
    r"|fianc[ée]e?|spouse|aunt|uncle|cousin|neighbou?r|guardian|proxy|hcp|health care proxy"
    r"|relative|next of kin|nok|son-in-law|daughter-in-law|sibling|significant other|s\.?o\."
    r"|fille|fils|[ée]pouse|[ée]poux|mari|femme|m[èe]re|p[èe]re|s(?:oe|œ)ur|fr[èe]re|ni[èe]ce"
    r"|neveu|conjointe?|compagne|compagnon|tante|oncle|cousine?|voisine?|personne de confiance"
)
# "URSLA MORETTI (DAUGHTER)", "Radu Crosson (pt's closest living relative)",
# "Jane Smith, his daughter,": a name followed by the relation it holds to the patient.
NAME_THEN_RELATION_RE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][A-Za-z'’\-]+(?:\s[A-Z][A-Za-z'’\-]+){0,2})"
    r"(?:\s*\(\s*(?i:(?:the\s+)?(?:pt'?s'?|patient'?s|his|her|their|sa|son|leur)\s+)?"
    r"(?:(?!(?i:per|by|from|with|via|to|and|or|called|spoke|as)\b)[\w'’/\-]+\s+){0,3}?"
    r"|,\s+(?i:(?:the\s+)?(?:pt'?s'?|patient'?s|his|her|their|sa|son|leur)\s+))"
    r"(?i:(?:closest\s+)?(?:living\s+)?(?:older\s+|younger\s+|eldest\s+|oldest\s+)?)"
    rf"(?i:{_REL_WORDS})(?![\w-])"
)

_ROLE_IN_BRACKETS = (
    r"resident|attending|intern|fellow|rn|np|pa|md|nurse|pharmacist|physician|surgeon"
    r"|consultant|registrar|interne|externe|ide|infirmi[èe]re?|m[ée]decin|chef de clinique"
    r"|senior|cardiolog(?:ue|ist)|anesth[ée]siste|anesthesiologist|radiolog(?:ue|ist)|ho"
)
NAME_THEN_ROLE_RE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][A-Za-z'’\-]+(?:\s[A-Z][A-Za-z'’\-]+){0,2})"
    rf"\s*\(\s*(?i:(?:the\s+)?(?:{_ROLE_IN_BRACKETS}))\s*\)"
)

# Greetings addressed to a role rather than a person: "Cher confrère", "Dear colleague".
_COLLEAGUE_WORDS = frozenset(
    _words(
        """
    confrere consoeur confreres collegue collegues ami amie amis colleague colleagues team
    all everyone tous toutes equipe madame monsieur docteur
    """
    )
)

# Words after a capitalised pair opening a sentence that make it a person ("X Y aware").
_PAIR_FOLLOWERS = frozenset(
    _words(
        """
    aware notified informed paged called spoke updated contacted visited came here states
    stated said says agrees agreed explained discussed wants wanted requests requested
    """
    )
)

# Services and institutions that follow "to"/"with"/"by" in capitals ("discussed with Tumor
# Board", "seen by Physical Therapy").
_SERVICE_WORDS = frozenset(
    _words(
        """
    therapy therapie board team service services department dept clinic unit center centre
    disease diseases care consult consults rounds group committee program programme office
    staff physician physicians nurse nurses doctor doctors health hospital hopital social
    work worker workers case management infectious pain palliative hospice home services
    protective adult child family medicine surgery chirurgie bloc urgences reanimation
    """
    )
)

# Words that own a following single letter: "vitamin K. Potassium", "hep B. Plan".
_LETTER_OWNERS = frozenset(
    _words(
        """
    vitamin vitamine vit hep hepatitis hepatite type grade stage stade class classe lead
    factor facteur protein proteine zone group groupe phase level niveau plan part section
    annex annexe schedule strep item point segment bloc lot serie option appendix annex
    score cluster
    """
    )
)

_PARTICLES = frozenset(
    _words(
        """
    de du des del della di da dos das van von der den le la ben bin el al mac st ste saint
    sainte d' l'
    """
    )
)


class NameFinder:
    """Finds person names in a tokenised text (see module docstring for the rules)."""

    def __init__(self, text: str, toks: list[Token], language: str) -> None:
        self.text = text
        self.toks = toks
        self.language = language
        self.first = first_names()
        self.sur = surnames()
        self.epo = eponyms()
        self.stop = (
            stopwords() | _VERBS | _RELATIONS_EN | _RELATIONS_FR | _TITLES | _ROLE_BEFORE | drugs()
        )
        if language == "fr":
            self.relations = _RELATIONS_FR
        elif language == "en":
            self.relations = _RELATIONS_EN
        else:
            self.relations = (_RELATIONS_EN | _RELATIONS_FR) - {"son"}
        self.out: list[Cand] = []

    # ------------------------------------------------------------------ token predicates
    def gap(self, k: int) -> str:
        return self.text[self.toks[k - 1].end : self.toks[k].start]

    def known(self, t: Token) -> bool:
        return t.low in self.first or t.low in self.sur

    def blocked(self, t: Token) -> bool:
        low = t.low
        return low in self.stop or low in _CLINICAL or len(t.text) < 2

    def nameish(self, t: Token, allow_lower: bool) -> bool:
        if self.blocked(t):
            return False
        if t.shape == "L":
            return allow_lower
        return t.shape in "UT"

    def is_initial(self, k: int, allow_lower: bool) -> bool:
        """A single letter followed by a dot (or, for capitals, a space) and then a name."""
        t = self.toks[k]
        if len(t.text) != 1 or not t.text.isalpha():
            return False
        nxt = self.text[t.end : t.end + 1]
        if t.shape == "L":
            return allow_lower and nxt == "."
        return nxt in (".", " ")

    def initial_then_name(self, k: int) -> bool:
        """'J. Roussel', 'B. KARGAS': a capital initial, a dot and a capitalised word."""
        toks = self.toks
        if k + 1 >= len(toks) or toks[k].shape != "I":
            return False
        nt = toks[k + 1]
        if self.text[toks[k].end : nt.start] == ".-" and nt.shape == "I":
            return self.initial_then_name(k + 1)  # "J.-M. Dupont", "M.-C. Jourdan"
        if (
            self.text[toks[k].end : nt.start] == ". "
            and nt.shape == "I"
            and self.text.startswith(".", nt.end)
        ):
            return self.initial_then_name(k + 1)  # "W. H. Grant", "J. R. R. Tolkien"
        if self.text[toks[k].end : nt.start] not in (". ", ".") or nt.shape not in "UT":
            return False
        if nt.low in _PARTICLES and k + 2 < len(toks):  # "Y. Le Bras"
            nt = toks[k + 2]
        return nt.shape in "UT" and not self.blocked(nt)

    def eponym_like(self, t: Token) -> bool:
        """Eponym-bearing token ("Parkinson", "Guillain-Barré") that is not a given name."""
        parts = t.low.split("-")
        return any(p in self.epo for p in parts) and not all(p in self.first for p in parts)

    def eponym_context(self, k: int) -> bool:
        """Is token k introduced like an eponym ("maladie de X", "X's sign", "signe de X")?"""
        return any(k - back >= 0 and self.toks[k - back].low in _EPONYM_CONTEXT for back in (1, 2))

    # ------------------------------------------------------------------ sequence collection
    def collect(
        self, j: int, allow_lower: bool, first_strict: bool = False, anchored: bool = False
    ) -> int:
        """Extend a name from token ``j``; returns the index after its last token (``j`` if none).

        Lower-case tokens are accepted only when ``allow_lower`` and the name itself started in
        lower case ("dr. john bowman"): a capitalised name never swallows the verb after it.
        ``first_strict`` demands gazetteer evidence (or a capitalised word on a mixed-case line)
        for the first token: used after weak anchors.
        """
        toks = self.toks
        k = j
        n = 0
        prev_initial = False
        lower_mode = allow_lower and toks[j].shape == "L"
        while k < len(toks) and n < 4:
            t = toks[k]
            if n > 0:
                g = self.gap(k)
                if prev_initial:
                    if g not in (" ", ". ", ".", "  ", ".  ", ".-"):
                        break
                elif g not in (" ", "  "):
                    break
            nxt_gap = self.text[t.end : toks[k + 1].start] if k + 1 < len(toks) else ""
            if (
                n > 0
                and t.shape == "I"
                and self.text.startswith(".", t.end)
                and (k + 1 >= len(toks) or "\n" in nxt_gap or nxt_gap.startswith(". "))
                and toks[k - 1].low in self.first
                # ... unless a surname follows the middle initial: "Katherine L. Brennan".
                and not (
                    nxt_gap == ". "
                    and toks[k + 1].shape in "UT"
                    and not self.blocked(toks[k + 1])
                    and toks[k + 1].low in self.sur
                )
            ):
                k += 1  # "Laure D." closing a signature
                break
            if self.is_initial(k, lower_mode or (n == 0 and allow_lower)) and (
                nxt_gap in (". ", " ", ".", "  ")
                or (nxt_gap == ".-" and k + 1 < len(toks) and toks[k + 1].shape == "I")
            ):
                n += 1
                k += 1
                prev_initial = True
                continue
            if (
                t.low in _PARTICLES
                and k + 2 < len(toks)
                and nxt_gap == " "
                and toks[k + 1].low in _PARTICLES
                and self.gap(k + 2) == " "
                and toks[k + 2].shape in "UT"
                and not self.blocked(toks[k + 2])
                and (
                    # "de La Roche", "van der Berg"; not "Nguyen de la Clinique du Parc"
                    (
                        n > 0
                        and t.shape == "L"
                        and (toks[k + 1].shape == "T" or t.low in ("van", "von"))
                        and toks[k - 1].shape in "UT"
                    )
                    # "Anne-Sophie DE LA FONTAINE", "M. DE LA TOUR": all in capitals
                    or (
                        t.shape == "U"
                        and toks[k + 1].shape == "U"
                        and toks[k + 2].shape == "U"
                        and (n == 0 or toks[k - 1].shape == "T")
                        and toks[k + 2].low not in _FACILITY_HEADS  # "DE LA CLINIQUE DU PARC"
                    )
                )
            ):
                n += 3  # "Benoît de La Roche", "Jan van der Berg"
                k += 3
                prev_initial = False
                continue
            if (
                t.low in _PARTICLES
                and k + 1 < len(toks)
                and nxt_gap in (" ", "")
                and toks[k + 1].shape in "UT"
                and not self.blocked(toks[k + 1])
                # "le docteur Lambert de Quimper": a known town after "de" is where he works.
                and not (
                    n > 0
                    and t.low == "de"
                    and t.shape == "L"
                    and toks[k + 1].low not in self.sur
                    and norm(toks[k + 1].text) in _city_norms()
                )
                and (
                    (n > 0 and (t.shape != "U" or toks[k - 1].shape == "T"))
                    or (n == 0 and (t.shape == toks[k + 1].shape or t.shape == "T"))
                )
            ):
                n += 2
                k += 2
                prev_initial = False
                continue
            if n > 0 and t.shape == "L" and not lower_mode and self.lower_surname_ok(k):
                k += 1  # "his wife, Janet logan is here"
                break
            if not self.nameish(t, lower_mode or (n == 0 and allow_lower)) and not (
                n == 0
                and anchored
                and t.shape == "T"
                and not t.caps_line
                and (t.low in self.first or t.low in _AMBIGUOUS_FIRST)
            ):
                break
            if n == 0 and first_strict and not self.first_ok(t):
                break
            if n > 0 and not prev_initial and not self.extension_ok(toks[k - 1], t, lower_mode):
                break
            n += 1
            k += 1
            prev_initial = False
        # A name does not end on a dangling particle.
        while k - 1 > j and (toks[k - 1].low in _PARTICLES):
            k -= 1
        return k

    def caps_name_ok(self, j: int) -> bool:
        """On an all-capitals line, is token ``j`` a name? Known name, or followed by the kind
        of word that follows a person ("AWARE", "NOTIFIED", "MD") or by a known name."""
        toks = self.toks
        t = toks[j]
        if self.known(t):
            return True
        if j + 1 < len(toks) and self.gap(j + 1) in (" ", ", ", " (", "  "):
            nt = toks[j + 1]
            if nt.low in _NAME_FOLLOWERS or nt.low in _ROLE_AFTER:
                return True
            if self.known(nt) and not self.blocked(nt):
                return True
            if self._caps_two_words(j):
                return True
        return False

    def _caps_two_words(self, j: int) -> bool:
        """'IV NURSE ANNA KOVAC CALLED': two unknown capital words, then a person's verb."""
        toks = self.toks
        if j + 1 >= len(toks) or self.gap(j + 1) != " ":
            return False
        nt = toks[j + 1]
        return (
            toks[j].shape == "U"
            and nt.shape == "U"
            and len(nt.text) >= 3
            and len(toks[j].text) >= 3
            and not self.blocked(nt)
            and not self.eponym_like(nt)
            and nt.low not in _NAME_FOLLOWERS
            and self.followed_by_follower(j + 1)
        )

    def lower_surname_ok(self, k: int) -> bool:
        """'his wife, Janet logan is here': after a capitalised given name, a lower-case word
        that is not an ordinary word is the surname when a person's verb follows it."""
        toks = self.toks
        p, t = toks[k - 1], toks[k]
        if not (p.shape == "T" and p.low in self.first and t.shape == "L" and len(t.text) >= 3):
            return False
        if self.blocked(t) or t.low in _NAME_FOLLOWERS or t.low in _AFTER_RELATION_WORDS:
            return False
        if t.low.endswith(("ed", "ing", "ly", "ful", "ive", "ous", "ment", "tion", "ness", "s")):
            return False
        if k + 1 >= len(toks) or self.gap(k + 1) != " ":
            return False
        return toks[k + 1].low in _PERSON_VERBS or toks[k + 1].low in _NAME_FOLLOWERS

    def followed_by_follower(self, j: int) -> bool:
        """Is token ``j`` followed (after a plain space) by a word that follows a person?"""
        toks = self.toks
        if j + 1 >= len(toks) or self.gap(j + 1) not in (" ", ", "):
            return False
        return toks[j + 1].low in _NAME_FOLLOWERS or toks[j + 1].low in _ROLE_AFTER

    def first_ok(self, t: Token) -> bool:
        if self.known(t):
            return True
        if t.caps_line:
            return False
        return t.shape == "T" or (t.shape == "U" and len(t.text) >= 3)

    def extension_ok(self, p: Token, t: Token, allow_lower: bool) -> bool:
        if self.known(t):
            return True
        if p.low in self.first:
            return t.shape != "L" or allow_lower
        if not t.caps_line and t.shape in "UT" and p.shape in "UT":
            return True
        # Lower-case notes ("mrs. marcela carlson"): the anchor already vouches for the name,
        # but verbs ("sarah spent", "peggy staying") must not be swallowed.
        return (
            allow_lower
            and t.shape == "L"
            and p.shape == "L"
            and not (len(t.text) > 4 and t.text.endswith(("ing", "ed", "ly")))
        )

    def emit(self, j: int, k: int, conf: float) -> None:
        if k > j:
            self.out.append((self.toks[j].start, self.toks[k - 1].end, Label.NAME, conf, P_NAME))

    # ------------------------------------------------------------------ rules
    def run(self) -> list[Cand]:
        toks = self.toks
        text = self.text
        n = len(toks)
        for i, t in enumerate(toks):
            low = t.low
            # 1. Titles ---------------------------------------------------------------
            is_title = False
            strict = False
            if (
                t.text == "m"
                and text.startswith(". ", t.end)
                and (t.start == 0 or text[t.start - 1] in " \t\n(:,")
                and not text[max(0, t.start - 3) : t.start].strip(" ").isdigit()
                and i + 1 < n
                and toks[i + 1].shape == "L"
                and not self.blocked(toks[i + 1])
            ):
                # "m. kerbrat" in lower-case nursing notes.
                k = self.collect(i + 1, allow_lower=True, anchored=True)
                self.emit(i + 1, k, 0.7)
                continue
            if t.text in _CASED_TITLES:
                after = text[t.end : t.end + 1]
                if t.text == "M" and after != ".":
                    # "M DUPONT" (no dot) only before a capitalised, known or all-caps word.
                    strict = True
                is_title = True
            elif low in _TITLES:
                is_title = True
                if t.text in _AMBIGUOUS_CAPS_TITLES and not text.startswith(".", t.end):
                    strict = True
            if is_title and i + 1 < n:
                g = text[t.end : toks[i + 1].start]
                if g in (" ", ". ", ".", "  ", "' ", ".  ", " ."):
                    allow_lower = t.text not in ("M", "Me", "Pr", "PR", "Sr", "Fr") and low not in (
                        "doc",
                        "prof",
                    )
                    j = i + 1
                    # "M.D.", "Dr. B" alone: an initial must be followed by a name.
                    if (
                        toks[j].shape in "IL"
                        and len(toks[j].text) == 1
                        and not (
                            self.initial_then_name(j)
                            or (
                                j + 1 < n
                                and text[toks[j].end : toks[j + 1].start] == " "
                                and self.nameish(toks[j + 1], False)
                            )
                        )
                    ):
                        self._initials_only(j)
                        continue
                    if strict and not self.initial_then_name(j):
                        nt = toks[j]
                        if (
                            nt.shape == "L"
                            or self.blocked(nt)
                            or not (
                                self.known(nt)
                                or len(nt.text) >= 4
                                or (len(nt.text) == 3 and self.followed_by_follower(j))
                            )
                        ):
                            continue
                    k = self.collect(j, allow_lower, anchored=True)
                    nt = toks[j]
                    if (
                        k == j
                        and nt.shape == "T"
                        and nt.low in self.sur
                        and nt.low not in self.stop
                        and len(nt.text) in (2, 3)
                    ):
                        k = j + 1  # "Dr. Ng": a short surname that is also an abbreviation
                    if k > j and not (
                        k == j + 1 and toks[j].shape == "L" and len(toks[j].text) < 3
                    ):
                        self.emit(j, k, 0.9)
                        self._coordination(k, allow_lower)
                continue
            # 2. Relations: "sa fille Nathalie", "his wife, Carol Buckley" --------------------
            if (
                low in self.relations
                or (low == "other" and i > 0 and toks[i - 1].low == "significant")
                or (low == "person" and i > 0 and toks[i - 1].low in ("contact", "emergency"))
                or ("-" in low and low.rsplit("-", 1)[1] in self.relations)
            ):
                j = i + 1
                while j < n and toks[j].low in _RELATION_FILLERS and j - i <= 2:
                    j += 1
                if j < n and self._gap_ok_after_anchor(toks[j - 1].end, toks[j].start):
                    nt = toks[j]
                    if nt.low in _TITLES or nt.text in _CASED_TITLES:
                        continue  # the title rule handles "sa fille Mme X"
                    if self.eponym_like(nt) or self.eponym_context(j):
                        continue
                    if self.initial_then_name(j):
                        ok = True
                    elif (
                        nt.low in _PARTICLES
                        and nt.shape != "L"
                        and j + 1 < n
                        and self.gap(j + 1) == " "
                        and toks[j + 1].shape in "UT"
                        and len(toks[j + 1].text) >= 3
                        and not self.blocked(toks[j + 1])
                        and not self.eponym_like(toks[j + 1])
                    ):
                        # "épouse LE GOFF", "née Van Damme": a particle opens the surname.
                        k = self.collect(j, allow_lower=False)
                        if k > j + 1:
                            self.emit(j, k, 0.8)
                        continue
                    elif nt.caps_line or nt.shape == "L":
                        ok = (
                            nt.low in self.first
                            or (nt.low in self.sur and nt.shape != "L")
                            or (nt.caps_line and self._caps_after_relation_ok(j))
                            or (nt.shape == "L" and self._lower_after_relation_ok(j))
                        )
                    else:
                        ok = self.first_ok(nt)
                    if ok and (not self.blocked(nt) or nt.shape == "I"):
                        k = self.collect(j, allow_lower=nt.shape == "L")
                        if nt.caps_line and k == j + 1 and self._caps_pair_ok(j):
                            k = j + 2
                        self.emit(j, k, 0.8)
                        self._coordination(k, nt.shape == "L")
                continue
            # 3. Roles before a name: "IDE Sandrine", "nurse Joyce Jacobson" ------------------
            if low in _ROLE_BEFORE and i + 1 < n:
                self._role_before(i)
                if low not in _ROLE_AFTER:
                    continue
            # 4. Signatures: "Maria Silva, RN", "B. KARGAS PA", "irene snell, rn" --------------
            if low in _ROLE_AFTER and i > 0:
                self._signature(i)
                continue
            # 5. Initial and surname: "Z. MILLER AWARE", "E. Nessenson NP" ---------------------
            if t.shape == "I" and i + 1 < n and self.initial_then_name(i):
                ni = i + 1
                gap_i = text[t.end : toks[ni].start]
                if gap_i == ".-" and i + 2 < n:  # "J.-M. Dupont": judge the surname
                    ni = i + 2
                    gap_i = text[toks[i + 1].end : toks[ni].start]
                nt = toks[ni]
                before = text[t.start - 1] if t.start else " "
                line_start = t.start == 0 or text[max(0, t.start - 3) : t.start].strip() == ""
                prev_low = toks[i - 1].low if i > 0 and self.gap(i) == " " else ""
                if (
                    before in " \t\n(,;:\"'>"
                    and not (before == "'" and text[max(0, t.start - 2) : t.start - 1].isdigit())
                    and not (
                        nt.low.endswith(("al", "ive", "ous", "ing", "ed", "ly", "ful"))
                        and not self.known(nt)
                    )
                    and gap_i == ". "
                    and len(nt.text) >= 3
                    and prev_low not in _LETTER_OWNERS
                    and t.text not in ("R", "L", "I")  # right / left / roman one
                    and not (line_start and t.text in "SOAP")  # SOAP note headings
                    and not self.eponym_like(nt)
                    and (self.caps_name_ok(ni) or prev_low in _NAME_PRECEDERS)
                ):
                    k = self.collect(i, allow_lower=False)
                    if k > i + 1:
                        self.emit(i, k, 0.7)
                continue
            # 5b. Initial without its dot before a surname and a follower: "J SMITH ORDERED"
            if (
                t.shape == "I"
                and t.text not in ("A", "I", "R", "L", "O", "X")
                and i + 2 < n
                and self.gap(i + 1) == " "
                and (i == 0 or self.gap(i) in (" ", ", ", " (", "\n"))
                and toks[i + 1].shape in "UT"
                and len(toks[i + 1].text) >= 3
                and not self.blocked(toks[i + 1])
                and not self.eponym_like(toks[i + 1])
                and toks[i + 1].low in self.sur
                and self.followed_by_follower(i + 1)
            ):
                self.emit(i, i + 2, 0.7)
                continue
            # 6. Known given names ("Jeanne", "KATIE MAHONEY", "DUPONT Jeanne") ---------------
            if (
                low in self.first
                and low not in _AMBIGUOUS_FIRST
                and t.shape in "TU"
                and len(t.text) >= 3
                and not self.blocked(t)
                and not self.eponym_like(t)
                and not self.eponym_context(i)
            ):
                if t.shape == "U" and not t.caps_line and len(t.text) <= 3:
                    continue  # short all-caps tokens on mixed lines are acronyms
                k = self.collect(i, allow_lower=False)
                j = i
                # Surname written first: "DUPONT Jeanne", "Dupont Anne-Sophie"
                if i > 0 and self.gap(i) in (" ", "  "):
                    p = toks[i - 1]
                    if (
                        not self.blocked(p)
                        and not self.eponym_like(p)
                        and (
                            (p.shape == "U" and not p.caps_line and len(p.text) >= 2)
                            or (p.shape == "T" and p.low in self.sur)
                            or (
                                p.shape == "T"
                                and i > 1
                                and toks[i - 2].low in _PARTICLES
                                and toks[i - 2].shape != "L"
                            )
                        )
                        and p.low not in _TITLES
                        and p.text not in _CASED_TITLES
                    ):
                        j = i - 1
                        if (
                            j > 0
                            and toks[j - 1].low in _PARTICLES
                            and self.gap(j) == " "
                            and toks[j - 1].shape != "L"
                        ):
                            j -= 1
                self.emit(j, k, 0.7 if k - j == 1 else 0.8)
        self._field_labels()
        self._patient_surname()
        self._name_then_relation()
        self._name_then_role()
        self._lower_case_names()
        self._opening_subject()
        self._introduced_pair()
        self._greetings()
        return self.out

    def _name_then_relation(self) -> None:
        for m in NAME_THEN_RELATION_RE.finditer(self.text):
            words = m.group("name").split()
            # Drop leading ordinary words ("SOCIAL: Called Jane Smith (daughter)").
            start = m.start("name")
            keep = []
            for w in words:
                low = norm(w)
                if keep or not (low in self.stop or low in _CLINICAL or low in _NAME_FOLLOWERS):
                    keep.append(w)
                else:
                    start += len(w) + 1
            if not keep:
                continue
            if any(
                norm(w) in self.stop or norm(w) in _CLINICAL or norm(w) in self.epo for w in keep
            ):
                continue
            if len(keep) == 1 and len(keep[0]) < 3:
                continue
            end = m.end("name")
            self.out.append((start, end, Label.NAME, 0.7, P_NAME))

    def _patient_surname(self) -> None:
        """'Pt Gonzalez restless', 'Patiente Martin, 45 ans': 'patient' used as a title before a
        capitalised word that the surname list knows."""
        toks = self.toks
        for i in range(len(toks) - 1):
            t, nt = toks[i], toks[i + 1]
            if t.low not in ("pt", "patient", "patiente", "pte") or t.shape == "U":
                continue
            if self.gap(i + 1) not in (" ", ". ") or nt.shape != "T" or nt.caps_line:
                continue
            if (
                nt.low not in self.sur
                or self.blocked(nt)
                or self.eponym_like(nt)
                or nt.low in _SERVICE_WORDS
                or len(nt.text) < 3
            ):
                continue
            k = self.collect(i + 1, allow_lower=False)
            self.emit(i + 1, k, 0.6)

    def _initials_only(self, j: int) -> None:
        """'Mme B., 72 ans', 'M. A. K., 34 ans': a title followed only by initials."""
        toks = self.toks
        k = j
        while (
            k < len(toks)
            and toks[k].shape == "I"
            and self.text.startswith(".", toks[k].end)
            and (k == j or self.text[toks[k - 1].end : toks[k].start] in (". ", ".", ".-"))
        ):
            k += 1
        if k == j:
            return
        end = toks[k - 1].end + 1
        if re.match(r"[ \t]*(?:[,;:)]|\n|$|\d|\(|-)", self.text[end:]):
            self.out.append((toks[j].start, end, Label.NAME, 0.75, P_NAME))

    def _name_then_role(self) -> None:
        """'DICK CUCCHIARA (RESIDENT)', 'Anne Roux (interne)': a name and its role in brackets."""
        for m in NAME_THEN_ROLE_RE.finditer(self.text):
            words = m.group("name").split()
            start = m.start("name")
            keep: list[str] = []
            for w in words:
                low = norm(w)
                if keep or not (low in self.stop or low in _CLINICAL or low in _NAME_FOLLOWERS):
                    keep.append(w)
                else:
                    start += len(w) + 1
            if not keep or any(
                norm(w) in self.stop or norm(w) in _CLINICAL or norm(w) in self.epo for w in keep
            ):
                continue
            if len(keep) == 1 and (len(keep[0]) < 3 or not self.text[start].isupper()):
                continue
            self.out.append((start, m.end("name"), Label.NAME, 0.7, P_NAME))

    def _lower_case_names(self) -> None:
        """Lower-case notes: 'grace dudak aware', 'per carol wolfe', 'per d ross'.

        A known given name followed by a surname-like word and a word that follows a person
        ("aware", "notified"...), or introduced by "per"/"by"/"with" and followed by a known
        surname."""
        toks = self.toks
        n = len(toks)
        for i in range(n - 1):
            t, nt = toks[i], toks[i + 1]
            if t.shape != "L" or nt.shape != "L" or self.gap(i + 1) != " ":
                continue
            if self.blocked(nt) or len(nt.text) < 3 or self.eponym_like(nt):
                continue
            if nt.low.endswith(("ing", "ed", "ly", "tion", "ness", "ment")):
                continue
            prev = toks[i - 1].low if i > 0 and self.gap(i) == " " else ""
            sentence_start = i == 0 or re.search(r"[.;:!?\n]\s*$", self.text[: t.start][-4:])
            given = t.low in self.first or (
                # "grace dudak aware": an ambiguous given name opening the sentence.
                t.low in _AMBIGUOUS_FIRST
                and t.low not in _VERBS
                and sentence_start is not None
                and self.followed_by_follower(i + 1)
            )
            if given and len(t.text) >= 3 and not self.blocked(t):
                if nt.low in self.sur and (
                    prev in _NAME_PRECEDERS or self.followed_by_follower(i + 1)
                ):
                    self.emit(i, i + 2, 0.7)
                elif self.followed_by_follower(i + 1) and nt.low not in _AFTER_RELATION_WORDS:
                    self.emit(i, i + 2, 0.65)
                elif prev in ("per", "by", "par") and t.low not in _AMBIGUOUS_FIRST:
                    # "per diane porter)": the word closing the phrase is the surname.
                    closes = i + 2 >= n or re.match(r"\s*(?:[).,;:]|\n)", self.gap(i + 2))
                    self.emit(i, i + 2 if closes and nt.low not in stopwords() else i + 1, 0.6)
            elif (
                len(t.text) == 1
                and prev in ("per", "by", "par")
                and nt.low in self.sur
                and self.text[t.end : nt.start] in (" ", ". ")
            ):
                self.emit(i, i + 2, 0.6)

    _GREETING_RE = re.compile(
        r"(?<![\w-])(?:(?i:cher|ch[èe]re|dear|hi|hello|bonjour|salut|coucou)[ \t]+"
        r"(?P<a>[A-ZÀ-Ý][\w'’\-]+(?:[ \t][A-ZÀ-Ý][\w'’\-]+)?)(?=[ \t]*[,!:\n])"
        r"|(?i:merci|bises|cordialement|amiti[ée]s|amicalement|bien [àa] (?:toi|vous)|thanks"
        r"|thank you|best|regards|cheers|sincerely|bonne (?:journ[ée]e|soir[ée]e))[ \t]*[,!.]*\s+"
        r"(?P<b>[A-ZÀ-Ý][\w'’\-]+(?:[ \t][A-ZÀ-Ý][\w'’\-]*)?\.?)[ \t]*(?=\n|$))"
    )

    def _greetings(self) -> None:
        """'Cher Thomas,', 'Dear Anna,', '... Merci ! Hélène', 'Bises, Marc': the person greeted
        and the one who signs a message."""
        for m in self._GREETING_RE.finditer(self.text):
            g = "a" if m.group("a") else "b"
            words = m.group(g).rstrip(".").split()
            lows = [norm(w) for w in words]
            if any(
                w in self.stop
                or w in _CLINICAL
                or w in _TITLES
                or w in _ROLE_BEFORE
                or w in _COLLEAGUE_WORDS
                for w in lows
            ):
                continue
            self.out.append((m.start(g), m.end(g), Label.NAME, 0.7, P_NAME))

    def _introduced_pair(self) -> None:
        """'I spoke with Zoe Varga, who...', 'informed by Ann Kerr': two capitalised words that
        are neither ordinary, clinical nor service words, right after a word that introduces a
        person, in a mixed-case sentence."""
        toks = self.toks
        for i in range(1, len(toks) - 1):
            p, a, b = toks[i - 1], toks[i], toks[i + 1]
            if p.low not in _NAME_PRECEDERS or p.shape == "U" or self.gap(i) != " ":
                continue
            if a.shape != "T" or b.shape != "T" or a.caps_line or self.gap(i + 1) != " ":
                continue
            if any(
                self.blocked(t)
                or self.eponym_like(t)
                or len(t.text) < 3
                or t.low in _SERVICE_WORDS
                or t.low.endswith(("ology", "ery", "ics", "ine", "ist", "ian", "al", "ive", "ing"))
                for t in (a, b)
            ):
                continue
            if i + 2 < len(toks) and self.gap(i + 2) == " " and toks[i + 2].shape == "T":
                continue  # a longer capitalised phrase: a title or an institution
            self.emit(i, i + 2, 0.6)
        # "Thea Morvik contacted again by Dr X": a capitalised pair opening a sentence and
        # followed by a word that follows a person.
        for i in range(len(toks) - 2):
            a, b, c = toks[i], toks[i + 1], toks[i + 2]
            if a.shape != "T" or b.shape != "T" or a.caps_line:
                continue
            if self.gap(i + 1) != " " or self.gap(i + 2) != " ":
                continue
            if c.low not in _PAIR_FOLLOWERS:
                continue
            if i > 0 and not re.search(r"[.;:!?\n]\s*$", self.gap(i)):
                continue
            if any(
                self.blocked(t)
                or self.eponym_like(t)
                or len(t.text) < 3
                or t.low in _SERVICE_WORDS
                or t.low.endswith(
                    ("ology", "ery", "ics", "ine", "ist", "ian", "al", "ive", "ing", "ed")
                )
                or "-" in t.low
                or t.low in drugs()
                for t in (a, b)
            ):
                continue
            self.emit(i, i + 2, 0.6)

    _OPENING_RE = re.compile(
        r"(?:^|\n|(?<=[:.][ \t]))[ \t]*"
        r"(?P<name>[A-Za-zÀ-ÿ][a-zà-ÿ'’\-]+(?:[ \t]+[A-Za-zÀ-ÿ][a-zà-ÿ'’\-]+){1,2})"
        r"(?P<link>[ \t]+(?:is|was)[ \t]+(?:an?[ \t]+)?|,[ \t]*(?:an?[ \t]+)?)"
        r"\d{1,3}[ \t]*(?:-[ \t]*)?(?:yo\b|y/o|y\.o\.|yr|years?|ans\b|an\b)",
        re.IGNORECASE,
    )

    def _opening_subject(self) -> None:
        """'lorrie morales is a 70 yr old female', 'Jeanne Martin, 84 ans': the subject that
        opens a note and is given an age is the patient's name (unless it is 'the patient')."""
        for m in self._OPENING_RE.finditer(self.text):
            words = m.group("name").split()
            lows = [norm(w) for w in words]
            if any(
                w in self.stop
                or w in _CLINICAL
                or w in self.epo
                or w in self.relations
                or w in _RELATIONS_EN
                or w in _RELATIONS_FR
                or w in _VERBS
                for w in lows
            ):
                continue
            # "HPI: Jamal Washington is a 58 yo M": capitalised words that are the subject of
            # "is a NN-year-old" are a name even when no gazetteer knows them.
            strong = m.group("link").strip().startswith(("is", "was")) and all(
                w[0].isupper() and not w.isupper() for w in words
            )
            if not strong and not any(w in self.first or w in self.sur for w in lows):
                continue
            self.out.append((m.start("name"), m.end("name"), Label.NAME, 0.7, P_NAME))

    def _role_before(self, i: int) -> None:
        toks = self.toks
        t = toks[i]
        low = t.low
        n = len(toks)
        j = i + 1
        while j < n and toks[j].low in ("named", "nommee", "de", "garde") and j - i <= 2:
            j += 1
        if j >= n or not self._gap_ok_after_anchor(toks[j - 1].end, toks[j].start):
            return
        nt = toks[j]
        if nt.low in _TITLES or nt.text in _CASED_TITLES:
            return
        if self.blocked(nt) and not self.initial_then_name(j):
            return
        weak = low in _WEAK_ROLES or (t.shape == "U" and low in ("np", "pa", "ho"))
        if self.initial_then_name(j):
            ok = True
        elif nt.shape == "L":
            ok = (nt.low in self.first and nt.low not in _AMBIGUOUS_FIRST) or (
                # "md wyman aware", "np grace made aware": a follower word vouches for it.
                len(nt.text) >= 3
                and not self.blocked(nt)
                and j + 1 < n
                and self.gap(j + 1) == " "
                and (toks[j + 1].low in _NAME_FOLLOWERS or toks[j + 1].low == "made")
            )
        elif weak or nt.caps_line:
            # "NP Wolfe", "HO SCHWARZ": a capitalised word that is not a clinical term
            # ("PA CATHETER", "PA PRESSURES" are blocked by the word lists).
            if nt.caps_line:
                # "NO LABS PER NP Wolfe": a capitalised word on an all-capital line stands out.
                ok = self.caps_name_ok(j) or (
                    nt.shape == "T" and len(nt.text) >= 3 and not self.eponym_like(nt)
                )
            else:
                ok = self.known(nt) or (nt.shape == "T" and not self.eponym_like(nt))
        else:
            ok = self.first_ok(nt) and not self.eponym_like(nt)
        if ok:
            k = self.collect(j, allow_lower=nt.shape == "L")
            if nt.caps_line and k == j + 1 and self._caps_two_words(j):
                k = j + 2
            self.emit(j, k, 0.8)

    def _caps_after_relation_ok(self, j: int) -> bool:
        """'DAUGHTER PHILOMENA ON PHONE', 'GIRLFRIEND EVE IN': on an all-capital line, an
        unknown word right after a relation word is a name unless it reads as an ordinary word
        (verb, adverb, clinical or common word) or is followed by a verb-like word."""
        t = self.toks[j]
        low = t.low
        if (
            t.shape != "U"
            or len(t.text) < 3
            or self.blocked(t)
            or low in _NAME_FOLLOWERS
            or low in _AFTER_RELATION_WORDS
            or low in self.epo
            or low.endswith(("ed", "ing", "ly", "ful", "ive", "ous", "ment", "tion", "ness"))
        ):
            return False
        # The relation word itself must directly precede (no filler like "IS"), and the word
        # after the name must end the phrase or be a typical follower ("PHILOMENA ON PHONE").
        if self.gap(j) not in (" ", ", ", " (", ": ", "  "):
            return False
        if j + 1 >= len(self.toks):
            return True
        g = self.gap(j + 1)
        if g.strip():
            # "SON ROBERT, ...", "SON NDAYE 285-482-5518": punctuation or a phone number.
            return g.strip()[0] in ",.;:)(-/" or g.strip()[0].isdigit()
        nt = self.toks[j + 1]
        if self._caps_pair_ok(j):
            return True  # "CONTACT PERSON ANNA KOVAC (135-442-9738)": first and last name
        return "\n" in g or nt.low in _NAME_FOLLOWERS or nt.low in _AFTER_NAME_LINKS

    def _caps_pair_ok(self, j: int) -> bool:
        """On a capital line, token ``j`` and the next one form a first and last name that the
        phrase closes ("CONTACT PERSON ANNA KOVAC (135...)")."""
        toks = self.toks
        if j + 2 >= len(toks) or self.gap(j + 1) != " ":
            return False
        nt = toks[j + 1]
        return (
            nt.shape == "U"
            and len(nt.text) >= 3
            and not self.blocked(nt)
            and nt.low not in _AFTER_RELATION_WORDS
            and nt.low not in _NAME_FOLLOWERS
            and re.match(r"\s*(?:[,.;:(]|\d)", self.gap(j + 2)) is not None
        )

    def _lower_after_relation_ok(self, j: int) -> bool:
        """'1 dtr laverne does speak', 'son rob called': in lower-case notes, an unknown word
        right after a relation word is a name when a person's verb follows it."""
        toks = self.toks
        t = toks[j]
        if (
            len(t.text) < 3
            or self.blocked(t)
            or t.low in _AFTER_RELATION_WORDS
            or t.low in _NAME_FOLLOWERS
            or t.low in self.epo
            or t.low.endswith(("ed", "ing", "ly", "ful", "ive", "ous", "ment", "tion", "ness"))
            or self.gap(j) not in (" ", ", ", ' "', " (")
            or j + 1 >= len(toks)
        ):
            return False
        g = self.gap(j + 1)
        nt = toks[j + 1]
        if g in (" ", ", ") and (nt.low in _NAME_FOLLOWERS or nt.low in _PERSON_VERBS):
            return True
        if g == " " and nt.low in ("and", "&") and j + 2 < len(toks):
            # "daughters marbra and enathosa in to visit": two names after a plural relation.
            nn = toks[j + 2]
            return nn.shape == "L" and not self.blocked(nn) and self.gap(j + 2) == " "
        # "wife, ndoolatar, left her number", 'daughter "istrin" at bedside': a word set off by
        # punctuation right after the relation word, that does not read like an adjective.
        return (
            self.language == "en"
            and t.text.isascii()
            and len(t.text) >= 5
            and not t.low.endswith(
                ("y", "al", "ic", "ble", "ant", "ent", "less", "er", "or", "ist", "ian", "ise")
            )
            and re.match(r"\s*[,.;:)\"”»]", g) is not None
        )

    def _gap_ok_after_anchor(self, a: int, b: int) -> bool:
        g = self.text[a:b]
        return len(g) <= 4 and "\n" not in g and re.fullmatch(r"[\s,:(\-\"“«]*", g) is not None

    def _coordination(self, k: int, allow_lower: bool) -> None:
        """'Dr. Rakusin and Toolis', 'Drs Ballou et Dutter': a second bare surname."""
        toks = self.toks
        if k + 1 >= len(toks):
            return
        conj = toks[k]
        if conj.low not in ("and", "et", "&") or self.gap(k) != " ":
            return
        nt = toks[k + 1]
        if self.gap(k + 1) != " " or self.blocked(nt) or nt.low in _TITLES:
            return
        if (nt.shape == "T" and not nt.caps_line) or self.known(nt):
            kk = self.collect(k + 1, allow_lower)
            self.emit(k + 1, kk, 0.6)
        elif (
            allow_lower
            and nt.shape == "L"
            and len(nt.text) >= 3
            and k + 2 < len(toks)
            and self.gap(k + 2) == " "
            and (
                toks[k + 2].low in _PERSON_VERBS
                or toks[k + 2].low in _NAME_FOLLOWERS
                or toks[k + 2].low in ("in", "visited")
            )
        ):
            self.emit(k + 1, k + 2, 0.6)  # "daughters marbra and enathosa in to visit"

    def _signature(self, i: int) -> None:
        toks = self.toks
        role = toks[i]
        g = self.gap(i)
        if g not in (", ", " ", ",", "/", " /", ",  ") or "\n" in g:
            return
        # The role must close the phrase ("Silva, RN\n", "KARGAS PA AWARE").
        k = i - 1
        start = None
        evidence = False
        count = 0
        while k >= 0 and count < 3:
            t = toks[k]
            if t.low in _ROLE_AFTER and k == i - 1:
                k -= 1  # "bsn/rn"
                continue
            if len(t.text) == 1 and t.text.isalpha() and self.text.startswith(".", t.end):
                evidence = evidence or t.shape == "I"
            elif self.blocked(t) or self.eponym_like(t):
                break
            elif self.known(t):
                evidence = True
            elif t.shape == "L" or t.caps_line:
                pass
            start = k
            count += 1
            if k == 0:
                break
            gg = self.text[toks[k - 1].end : t.start]
            if gg not in (" ", ". ", "  ") or (gg == ". " and len(toks[k - 1].text) != 1):
                break
            k -= 1
        if start is None:
            return
        first_tok = toks[start]
        if not evidence:
            weak = role.low in _WEAK_ROLE_AFTER
            mixed_titled = all(
                toks[x].shape == "T" and not toks[x].caps_line
                for x in range(start, i)
                if toks[x].low not in _ROLE_AFTER
            )
            # The role closes a line or is followed by a person's verb ("X Y, rn\n",
            # "Ann Lee NP aware", "by Ann Lee, NP."), and the name opens its line or follows a
            # word that introduces a person: the position vouches for unknown names.
            after = self.text[role.end : role.end + 12]
            closes = re.match(
                r"[ \t]*(?:\n|$|[.;)]|\s*(?:aware|notified|spoke|made|paged"
                r"|informed|here|called|updated)\b)",
                after,
                re.IGNORECASE,
            )
            line_start = start == 0 or "\n" in self.text[toks[start - 1].end : toks[start].start]
            introduced = start > 0 and toks[start - 1].low in _NAME_PRECEDERS | {"social"}
            plain = all(
                not self.blocked(toks[x]) and not self.eponym_like(toks[x])
                for x in range(start, i)
                if toks[x].low not in _ROLE_AFTER and len(toks[x].text) > 1
            )
            sentence_start = start > 0 and re.search(
                r"[.;!?]\s+$", self.text[toks[start - 1].end : toks[start].start]
            )
            if toks[start].shape == "L":
                # Lower case: a signature line ("jo mart, rn\n", "... tomorrow. s. muola rrt"),
                # or a name glued to its role before "aware" ("tarveldor velper np aware").
                signature = re.match(r"[ \t]*(?:\n|$)", after) is not None
                glued = self.gap(i) == " " and all(
                    not toks[x].low.endswith(("al", "ic", "ous", "ive", "ary", "ed", "ing", "ly"))
                    and toks[x].low not in _SERVICE_WORDS
                    for x in range(start, i)
                )
                if not (signature or glued):
                    closes = None
                elif sentence_start:
                    line_start = True
            positional = (
                closes is not None
                and (line_start or introduced)
                and plain
                and i - start >= 2
                and (not toks[start].caps_line or toks[start].shape == "T")
            )
            if not positional and (weak or not mixed_titled or i - start < 2):
                return
        end_tok = i - 1
        while end_tok >= start and toks[end_tok].low in _ROLE_AFTER:
            end_tok -= 1
        if end_tok < start:
            return
        if first_tok.shape == "I" and start == end_tok:
            return
        self.out.append((first_tok.start, toks[end_tok].end, Label.NAME, 0.75, P_NAME))

    _FIELD_RE = re.compile(
        r"(?im)(?:^|(?<=\. )|(?<=\S[ \t]{2})|(?<=\t)|(?<=[|;][ \t]))[ \t]*(?:patiente?"
        r"|nom(?: de naissance| d['’]usage| marital| de jeune fille)?"
        r"|pr[ée]noms?|name|patient name|pt name|sign[ée](?: par)?|signed(?: by)?|dictated by"
        r"|electronically signed by|r[ée]dig[ée] par|m[ée]decin(?: traitant| adresseur)?"
        r"|referring(?: physician| doctor)?|attending|praticien|op[ée]rateur|aides?"
        r"|anesth[ée]siste|interne|externe|IDE|cc|copie(?: à)?|destinataire|contact"
        r"|personne de confiance|next of kin|emergency contact|author|auteur)[ \t]*:[ \t]*"
    )

    def _field_labels(self) -> None:
        """'Patient : DUPONT Jeanne', 'Signé : Hélène Moreau', 'Name: John Smith'."""
        starts = {t.start: idx for idx, t in enumerate(self.toks)}
        for m in self._FIELD_RE.finditer(self.text):
            j = starts.get(m.end())
            if j is None:
                continue
            t = self.toks[j]
            if (
                t.low in _PARTICLES
                and t.shape == "U"
                and j + 1 < len(self.toks)
                and self.gap(j + 1) == " "
                and self.toks[j + 1].shape == "U"
                and not self.blocked(self.toks[j + 1])
            ):
                k = self.collect(j, allow_lower=False)  # "NOM : LE GALL"
                if k > j + 1:
                    self.emit(j, k, 0.8)
                continue
            if t.low in _TITLES or t.text in _CASED_TITLES or self.blocked(t):
                continue
            if t.shape == "L" or self.eponym_like(t):
                continue
            if t.caps_line and not self.known(t) and len(t.text) < 3:
                continue
            k = self.collect(j, allow_lower=False)
            if (
                k > j
                and k < len(self.toks)
                and self.gap(k) in (", ", ",")
                and self.toks[k].shape in "TU"
                and self.toks[k].low in self.first
                and not self.blocked(self.toks[k])
            ):
                k = self.collect(k, allow_lower=False)  # "Name: WILLIAMS, Brenda"
            self.emit(j, k, 0.8)


def find_names(text: str, toks: list[Token], language: str) -> list[Cand]:
    return NameFinder(text, toks, language).run()
