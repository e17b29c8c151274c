from django.shortcuts import render

from accounts.views import verified_practitioner_required


@verified_practitioner_required
def index(request):
    return render(request, "mentoring/index.html")
