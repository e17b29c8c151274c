from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("content_type", models.CharField(max_length=100)),
                ("object_id", models.CharField(max_length=64)),
                ("kind", models.CharField(choices=[("course", "Course"), ("lesson", "Lesson"), ("digest", "Study digest"), ("case", "Clinical case"), ("mentor", "Mentor")], max_length=16)),
                ("title", models.CharField(max_length=300)),
                ("body", models.TextField(blank=True)),
                ("language", models.CharField(choices=[("fr", "French"), ("en", "English")], max_length=2)),
                ("url", models.CharField(max_length=500)),
                ("specialty", models.CharField(blank=True, max_length=64)),
                ("topics", models.JSONField(blank=True, default=list)),
                ("frameworks", models.JSONField(blank=True, default=list)),
                ("visibility", models.CharField(choices=[("public", "Everyone"), ("verified_only", "Verified practitioners only")], max_length=16)),
                ("published", models.BooleanField(default=True)),
                ("dirty", models.BooleanField(default=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
            ],
            options={
                "verbose_name": "search entry",
                "verbose_name_plural": "search entries",
                "constraints": [models.UniqueConstraint(fields=("content_type", "object_id"), name="search_entry_unique_object")],
                "indexes": [
                    models.Index(condition=models.Q(("dirty", True)), fields=["dirty"], name="search_entry_dirty"),
                    models.Index(fields=["-updated_at"], name="search_entry_recent"),
                ],
            },
        ),
    ]
