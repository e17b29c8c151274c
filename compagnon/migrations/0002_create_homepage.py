from django.db import migrations

HOME_TITLE = "Compagnon"
HERO_FR = "Se former au numérique en santé, échanger des cas, apprendre entre pairs"
HERO_EN = "Learn digital health, exchange cases, learn from each other"
INTRO_FR = (
    "Compagnon accompagne les professionnels de santé : formations à l’IA, aux dispositifs "
    "connectés et au dialogue avec les patients, crédits de formation continue, échange de cas "
    "cliniques anonymisés et compagnonnage entre juniors et seniors."
)
INTRO_EN = (
    "Compagnon supports health professionals: training in AI, connected devices and how to "
    "discuss them with patients, continuing-education credits, anonymised clinical case "
    "exchange, and compagnonnage between junior and senior practitioners."
)


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("compagnon.HomePage")

    # Replace Wagtail's placeholder "Welcome" page with ours.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page").delete()

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="compagnon")
    locale = Locale.objects.order_by("pk").first()
    root = Page.objects.get(depth=1)
    home = HomePage.objects.create(
        title=HOME_TITLE,
        draft_title=HOME_TITLE,
        slug="home",
        content_type=content_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        live=True,
        hero_title=HERO_FR,
        hero_intro=INTRO_FR,
        hero_title_en=HERO_EN,
        hero_intro_en=INTRO_EN,
        body="[]",
        body_en="[]",
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name="Compagnon")


def remove_homepage(apps, schema_editor):
    apps.get_model("compagnon.HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("compagnon", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(create_homepage, remove_homepage)]
