"""Controlled vocabularies for practitioner profiles (labels translatable, codes stable)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Profession(models.TextChoices):
    PHYSICIAN = "physician", _("Physician")
    NURSE = "nurse", _("Nurse")
    MIDWIFE = "midwife", _("Midwife")
    PHARMACIST = "pharmacist", _("Pharmacist")
    DENTIST = "dentist", _("Dentist")
    PHYSIOTHERAPIST = "physiotherapist", _("Physiotherapist")
    OTHER = "other", _("Other health profession")


class CareerStage(models.TextChoices):
    # Ordered from least to most senior: mentoring compares stages by this order.
    STUDENT = "student", _("Student")
    RESIDENT = "resident", _("Resident (interne)")
    JUNIOR = "junior", _("Junior practitioner")
    SENIOR = "senior", _("Senior practitioner")


CAREER_STAGE_ORDER = {stage: rank for rank, stage in enumerate(CareerStage.values)}


class Specialty(models.TextChoices):
    """French specialties (DES and the main non-physician fields of practice)."""

    GENERAL_PRACTICE = "general_practice", _("General practice")
    ALLERGOLOGY = "allergology", _("Allergology")
    ANAESTHESIA = "anaesthesia", _("Anaesthesia and intensive care")
    PATHOLOGY = "pathology", _("Pathology")
    MEDICAL_BIOLOGY = "medical_biology", _("Medical biology")
    CARDIOLOGY = "cardiology", _("Cardiology and vascular diseases")
    GENERAL_SURGERY = "general_surgery", _("Visceral and digestive surgery")
    ORTHOPAEDICS = "orthopaedics", _("Orthopaedic and trauma surgery")
    VASCULAR_SURGERY = "vascular_surgery", _("Vascular surgery")
    THORACIC_SURGERY = "thoracic_surgery", _("Thoracic and cardiovascular surgery")
    PAEDIATRIC_SURGERY = "paediatric_surgery", _("Paediatric surgery")
    PLASTIC_SURGERY = "plastic_surgery", _("Plastic, reconstructive and aesthetic surgery")
    MAXILLOFACIAL = "maxillofacial", _("Maxillofacial surgery")
    NEUROSURGERY = "neurosurgery", _("Neurosurgery")
    UROLOGY = "urology", _("Urology")
    DERMATOLOGY = "dermatology", _("Dermatology and venereology")
    ENDOCRINOLOGY = "endocrinology", _("Endocrinology, diabetes and nutrition")
    GASTROENTEROLOGY = "gastroenterology", _("Hepato-gastroenterology")
    MEDICAL_GENETICS = "medical_genetics", _("Medical genetics")
    GERIATRICS = "geriatrics", _("Geriatrics")
    MEDICAL_GYNAECOLOGY = "medical_gynaecology", _("Medical gynaecology")
    OBSTETRICS = "obstetrics", _("Obstetrics and gynaecology")
    HAEMATOLOGY = "haematology", _("Haematology")
    INFECTIOUS_DISEASES = "infectious_diseases", _("Infectious and tropical diseases")
    EMERGENCY_MEDICINE = "emergency_medicine", _("Emergency medicine")
    INTENSIVE_CARE = "intensive_care", _("Intensive care medicine")
    INTERNAL_MEDICINE = "internal_medicine", _("Internal medicine and clinical immunology")
    FORENSIC_MEDICINE = "forensic_medicine", _("Forensic medicine")
    NUCLEAR_MEDICINE = "nuclear_medicine", _("Nuclear medicine")
    REHABILITATION = "rehabilitation", _("Physical medicine and rehabilitation")
    OCCUPATIONAL_MEDICINE = "occupational_medicine", _("Occupational medicine")
    VASCULAR_MEDICINE = "vascular_medicine", _("Vascular medicine")
    NEPHROLOGY = "nephrology", _("Nephrology")
    NEUROLOGY = "neurology", _("Neurology")
    ONCOLOGY = "oncology", _("Oncology")
    OPHTHALMOLOGY = "ophthalmology", _("Ophthalmology")
    ENT = "ent", _("Otorhinolaryngology (ENT)")
    PAEDIATRICS = "paediatrics", _("Paediatrics")
    PULMONOLOGY = "pulmonology", _("Pulmonology")
    PSYCHIATRY = "psychiatry", _("Psychiatry")
    CHILD_PSYCHIATRY = "child_psychiatry", _("Child and adolescent psychiatry")
    RADIOLOGY = "radiology", _("Radiology and medical imaging")
    RHEUMATOLOGY = "rheumatology", _("Rheumatology")
    PUBLIC_HEALTH = "public_health", _("Public health")
    COMMUNITY_PHARMACY = "community_pharmacy", _("Community pharmacy")
    HOSPITAL_PHARMACY = "hospital_pharmacy", _("Hospital pharmacy")
    GENERAL_NURSING = "general_nursing", _("General nursing")
    ADVANCED_PRACTICE_NURSING = "advanced_practice_nursing", _("Advanced practice nursing")
    MIDWIFERY = "midwifery", _("Midwifery")
    DENTAL_SURGERY = "dental_surgery", _("Dental surgery")
    ORTHODONTICS = "orthodontics", _("Orthodontics")
    PHYSIOTHERAPY = "physiotherapy", _("Physiotherapy")
    OTHER = "other", _("Other")


class Region(models.TextChoices):
    AUVERGNE_RHONE_ALPES = "ARA", "Auvergne-Rhône-Alpes"
    BOURGOGNE_FRANCHE_COMTE = "BFC", "Bourgogne-Franche-Comté"
    BRETAGNE = "BRE", "Bretagne"
    CENTRE_VAL_DE_LOIRE = "CVL", "Centre-Val de Loire"
    CORSE = "COR", "Corse"
    GRAND_EST = "GES", "Grand Est"
    HAUTS_DE_FRANCE = "HDF", "Hauts-de-France"
    ILE_DE_FRANCE = "IDF", "Île-de-France"
    NORMANDIE = "NOR", "Normandie"
    NOUVELLE_AQUITAINE = "NAQ", "Nouvelle-Aquitaine"
    OCCITANIE = "OCC", "Occitanie"
    PAYS_DE_LA_LOIRE = "PDL", "Pays de la Loire"
    PROVENCE_ALPES_COTE_D_AZUR = "PAC", "Provence-Alpes-Côte d’Azur"
    GUADELOUPE = "GUA", "Guadeloupe"
    MARTINIQUE = "MTQ", "Martinique"
    GUYANE = "GUF", "Guyane"
    LA_REUNION = "LRE", "La Réunion"
    MAYOTTE = "MAY", "Mayotte"
    OUTSIDE_FRANCE = "ABROAD", _("Outside France")


class Language(models.TextChoices):
    FRENCH = "fr", _("French")
    ENGLISH = "en", _("English")
    SPANISH = "es", _("Spanish")
    GERMAN = "de", _("German")
    ITALIAN = "it", _("Italian")
    PORTUGUESE = "pt", _("Portuguese")
    ARABIC = "ar", _("Arabic")
    OTHER = "other", _("Other")


class Topic(models.TextChoices):
    """Digital-health topics shared by courses, digests, cases, mentoring and search facets."""

    AI = "ai", _("Artificial intelligence")
    CONNECTED_DEVICES = "connected_devices", _("Connected devices")
    REMOTE_MONITORING = "remote_monitoring", _("Remote monitoring")
    TELEMEDICINE = "telemedicine", _("Telemedicine")
    PATIENT_COMMUNICATION = "patient_communication", _("Talking with patients")
    DATA_PROTECTION = "data_protection", _("Health data and consent")
    CYBERSECURITY = "cybersecurity", _("Cybersecurity")
    EVIDENCE = "evidence", _("Reading clinical studies")
    ETHICS = "ethics", _("Ethics and responsibility")
    RESEARCH = "research", _("Research")


class VerificationStatus(models.TextChoices):
    INCOMPLETE = "incomplete", _("Profile incomplete")
    PENDING = "pending", _("Awaiting verification")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", _("Verification refused")


class Role(models.TextChoices):
    """Roles are Django groups; their names are these codes."""

    PRACTITIONER = "practitioner", _("Practitioner")
    MODERATOR = "moderator", _("Moderator")
    COURSE_EDITOR = "course_editor", _("Course editor")
    PROGRAMME_ADMIN = "programme_admin", _("Programme admin")
