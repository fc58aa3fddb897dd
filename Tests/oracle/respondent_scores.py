"""The valid forms' respondent scores s and satisfied shares h of a sample-data wave, with their
project and N, as s.csv for Tests/oracle/r_interval.R (R's survey package), which gave the
constants of ScoreCommandTests.theSampleCompanyIntervalEqualsRSurvey. Uses csat_oracle.py's rules.

Usage: python3 Tests/oracle/respondent_scores.py sample-data && Rscript Tests/oracle/r_interval.R
"""
import os
import sys, csv
import importlib.util
spec = importlib.util.spec_from_file_location("o", os.path.join(os.path.dirname(os.path.abspath(__file__)), "csat_oracle.py"))
o = importlib.util.module_from_spec(spec)
src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "csat_oracle.py")).read()
src = src.replace("\nif __name__ == \"__main__\":", "\nif False:")
exec(compile(src, "o", "exec"), o.__dict__)
import glob
root = sys.argv[1] if len(sys.argv) > 1 else "sample-data"
survey = o.Survey(root + "/survey.json")
roster = o.read_roster(root + "/roster.csv")
sample = o.read_sample(root + "/sample.csv")
forms = o.load_forms(survey, sorted(glob.glob(root + "/wave-2026H1/*")))
o.judge(survey, forms, roster, sample)
w = csv.writer(open("s.csv", "w"))
w.writerow(["project", "N", "s", "h"])
for f in forms:
    if f["valid"]:
        r = o.respondent(survey, f)
        w.writerow([f["role"]["project"], roster[0][f["role"]["project"]], r[2], r[3]])
