"""The catalogue: the visitor's language by default, every language on request, and filters."""

from django.utils import translation


def test_it_lists_the_visitors_language_by_default_and_all_on_request(client, make_course):
    english = make_course("en")
    french = make_course("fr")
    catalogue = english.get_parent()
    html = client.get(catalogue.url).content.decode()
    assert english.title in html and french.title not in html
    html = client.get(catalogue.url + "?language=all").content.decode()
    assert english.title in html and french.title in html
    client.cookies.clear()
    with translation.override("fr"):
        html = client.get(catalogue.url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert french.title in html and english.title not in html


def test_it_filters_by_topic_profession_framework_format_and_duration(client, make_course):
    course = make_course("en")
    catalogue = course.get_parent()

    def shown(query: str) -> bool:
        return course.title in client.get(f"{catalogue.url}?{query}").content.decode()

    assert shown("topic=ai") and not shown("topic=cybersecurity")
    assert shown("profession=nurse") and not shown("profession=dentist")
    assert shown("framework=dpc") and not shown("framework=eaccme")
    assert shown("format=online") and not shown("format=in_person")
    assert shown("duration=medium") and not shown("duration=short")
    assert (
        "No course matches these filters."
        in client.get(f"{catalogue.url}?topic=cybersecurity").content.decode()
    )


def test_the_courses_link_leads_to_the_catalogue(client, course):
    response = client.get("/learning/")
    assert response.status_code == 302 and response["Location"] == "/courses/"
