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
    geriatre
    """
    )
)
# Role abbreviations that are also clinical words: the name after them needs gazetteer support.
_WEAK_ROLES = frozenset(
    {"ho", "np", "pa", "md", "rn", "sw", "cadre", "pasteur", "manager", "assistante"}
)
_ROLE_AFTER = frozenset(
    _words(
        """
    rn rrt np pa pa-c md msw lcsw bsn lpn cna pharmd crna ide sw rt aprn fnp dnp phd mbbs
    frcp ibode iade
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
    sex poids taille x-ray telephone phone smoker worker
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
    king ali said nour line aline
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
    contacted contact seen vu vue appelé appele prévenu prevenu
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
    stated brought remains remained will would agrees agreed expressed verbalized
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
                    if g not in (" ", ". ", ".", "  ", ".  "):
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
            ):
                k += 1  # "Laure D." closing a signature
                break
            if self.is_initial(k, lower_mode or (n == 0 and allow_lower)) and nxt_gap in (
                ". ",
                " ",
                ".",
                "  ",
            ):
                n += 1
                k += 1
                prev_initial = True
                continue
            if (
                t.low in _PARTICLES
                and k + 1 < len(toks)
                and nxt_gap in (" ", "")
                and toks[k + 1].shape in "UT"
                and not self.blocked(toks[k + 1])
                and (
                    (n > 0 and t.shape != "U")
                    or (n == 0 and (t.shape == toks[k + 1].shape or t.shape == "T"))
                )
            ):
                n += 2
                k += 2
                prev_initial = False
                continue
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
        return False

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
                        continue
                    if strict and not self.initial_then_name(j):
                        nt = toks[j]
                        if (
                            nt.shape == "L"
                            or self.blocked(nt)
                            or not (self.known(nt) or len(nt.text) >= 4)
                        ):
                            continue
                    k = self.collect(j, allow_lower, anchored=True)
                    if k > j and not (
                        k == j + 1 and toks[j].shape == "L" and len(toks[j].text) < 3
                    ):
                        self.emit(j, k, 0.9)
                        self._coordination(k, allow_lower)
                continue
            # 2. Relations: "sa fille Nathalie", "his wife, Carol Buckley" --------------------
            if low in self.relations or (
                low == "other" and i > 0 and toks[i - 1].low == "significant"
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
                nt = toks[i + 1]
                before = text[t.start - 1] if t.start else " "
                line_start = t.start == 0 or text[max(0, t.start - 3) : t.start].strip() == ""
                prev_low = toks[i - 1].low if i > 0 and self.gap(i) == " " else ""
                if (
                    before in " \t\n(,;:\"'>"
                    and text[t.end : nt.start] == ". "
                    and len(nt.text) >= 3
                    and prev_low not in _LETTER_OWNERS
                    and t.text not in ("R", "L", "I")  # right / left / roman one
                    and not (line_start and t.text in "SOAP")  # SOAP note headings
                    and not self.eponym_like(nt)
                    and (self.caps_name_ok(i + 1) or prev_low in _NAME_PRECEDERS)
                ):
                    k = self.collect(i, allow_lower=False)
                    if k > i + 1:
                        self.emit(i, k, 0.7)
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
        self._name_then_relation()
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
            return g.strip()[0] in ",.;:)(-/"
        nt = self.toks[j + 1]
        return "\n" in g or nt.low in _NAME_FOLLOWERS or nt.low in _AFTER_NAME_LINKS

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
            or self.gap(j) not in (" ", ", ")
            or j + 1 >= len(toks)
        ):
            return False
        g = self.gap(j + 1)
        nt = toks[j + 1]
        return g in (" ", ", ") and (nt.low in _NAME_FOLLOWERS or nt.low in _PERSON_VERBS)

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
            if weak or not mixed_titled or i - start < 2:
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
        r"(?im)(?:^|(?<=\. ))[ \t]*(?:patiente?"
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
            if t.low in _TITLES or t.text in _CASED_TITLES or self.blocked(t):
                continue
            if t.shape == "L" or self.eponym_like(t):
                continue
            if t.caps_line and not self.known(t) and len(t.text) < 3:
                continue
            k = self.collect(j, allow_lower=False)
            self.emit(j, k, 0.8)


def find_names(text: str, toks: list[Token], language: str) -> list[Cand]:
    return NameFinder(text, toks, language).run()
