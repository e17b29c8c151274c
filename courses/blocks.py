"""StreamField blocks of lessons, assessments and digest checks.

Question and option ids are the blocks' own stable UUIDs: attempts store them server-side and the
answers the browser sends back are checked against them.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class KeyPointBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_FEATURES)

    class Meta:
        icon = "pick"
        label = _("Key point")
        template = "courses/blocks/key_point.html"


class PatientConversationBlock(blocks.StructBlock):
    situation = blocks.RichTextBlock(label=_("Situation"), features=RICH_FEATURES)
    say = blocks.ListBlock(blocks.TextBlock(label=_("Phrase")), label=_("What you can say"))
    avoid = blocks.ListBlock(
        blocks.TextBlock(label=_("Phrase")), label=_("What to avoid, and why"), required=False
    )

    class Meta:
        icon = "openquote"
        label = _("How to say it to the patient")
        template = "courses/blocks/patient_conversation.html"


class VignetteBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Case"), features=RICH_FEATURES)
    question = blocks.TextBlock(label=_("Question to the learner"))
    discussion = blocks.RichTextBlock(label=_("Discussion"), features=RICH_FEATURES)

    class Meta:
        icon = "user"
        label = _("Case vignette")
        template = "courses/blocks/vignette.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alternative text"), max_length=250, help_text=_("What the image shows.")
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    """A self-hosted video plays in the page; an external one is a link (no third-party frame
    under our content security policy, and no tracking)."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    document = DocumentChooserBlock(
        label=_("Video file (MP4/WebM)"), required=False, help_text=_("Played in the page.")
    )
    url = blocks.URLBlock(label=_("or external video link"), required=False)
    transcript = blocks.RichTextBlock(
        label=pgettext_lazy("video", "Transcript"), features=RICH_FEATURES, required=False
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("document") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a video file or give a link."))}
            )
        return value


class FeedbackOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=400)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback shown for this option"))


def _check_options(value, *, multiple: bool) -> None:
    options = list(value.get("options") or [])
    correct = sum(1 for option in options if option.get("correct"))
    if len(options) < 2:
        raise ValidationError(_("Give at least two options."))
    if correct == 0:
        raise ValidationError(_("Mark at least one option as correct."))
    if not multiple and correct != 1:
        raise ValidationError(
            _("A single-answer question has exactly one correct option; tick “several answers”.")
        )


class KnowledgeCheckBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"))
    options = blocks.ListBlock(FeedbackOptionBlock(), label=_("Options"))

    class Meta:
        icon = "help"
        label = _("Knowledge check")

    def clean(self, value):
        value = super().clean(value)
        try:
            _check_options(value, multiple=True)
        except ValidationError as exc:
            raise blocks.StructBlockValidationError(block_errors={"options": exc}) from None
        return value


class LessonBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=150, template="courses/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_FEATURES)
    image = ImageBlock()
    video = VideoBlock()
    key_point = KeyPointBlock()
    patient_conversation = PatientConversationBlock()
    vignette = VignetteBlock()
    knowledge_check = KnowledgeCheckBlock()


class AnswerOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"), max_length=400)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)


class QuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Question"))
    multiple = blocks.BooleanBlock(
        label=_("Several answers (select all that apply)"), required=False
    )
    options = blocks.ListBlock(AnswerOptionBlock(), label=_("Options"))
    explanation = blocks.TextBlock(label=_("Explanation (shown after submission)"))

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        try:
            _check_options(value, multiple=bool(value.get("multiple")))
        except ValidationError as exc:
            raise blocks.StructBlockValidationError(block_errors={"options": exc}) from None
        return value


class QuestionsBlock(blocks.StreamBlock):
    question = QuestionBlock()


def questions_snapshot(stream) -> list[dict]:
    """The questions of a StreamField as plain data, with their stable ids (server-side only)."""
    questions = []
    for child in stream:
        if child.block_type != "question":
            continue
        value = child.value
        questions.append(
            {
                "id": child.id,
                "text": value["text"],
                "multiple": bool(value["multiple"]),
                "explanation": value["explanation"],
                "options": [
                    {
                        "id": option.id,
                        "text": option.value["text"],
                        "correct": bool(option.value["correct"]),
                    }
                    for option in value["options"].bound_blocks
                ],
            }
        )
    return questions
