#!/usr/bin/env python3
"""End-to-end checks of `csat serve` (docs/WEB.md), as its users meet it.

A real browser (Debian's chromium, driven by Selenium through Debian's chromedriver; nothing is
downloaded) uploads sample-data's June wave on the "new wave" page, reads the counts on the check
page and the index on the figures page, and downloads the workbook, which openpyxl opens; the
sample page draws a sample and verifies it. Every figure is compared with what `csat check --json`,
`csat score --json` and `csat sample` print for the same files. Then, with plain HTTP: a malformed
CSV answers 422 with the command line's message, an oversized upload 413, a cross-site post 403,
a value from a file is escaped; two uploads of 100k forms at once both give the command line's
figures while the server keeps answering; and a server with a password asks for it.

usage: web_check.py CSAT SAMPLE_DATA SCRATCH LARGE_A LARGE_B [SCREENSHOT_DIR]
  CSAT          the csat binary
  SAMPLE_DATA   the repository's sample-data folder
  SCRATCH       an empty folder for this run
  LARGE_A/B     folders from `csat-synth large` (survey.json, roster.csv, forms.csv), two seeds
  SCREENSHOT_DIR  where to keep a PNG of each page (docs/images), optional
Every server listens on 127.0.0.1 on a free port and is stopped at the end; every wait is bounded.
"""
import base64
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

CSAT, DATA, SCRATCH, LARGE_A, LARGE_B = sys.argv[1:6]
SHOTS = sys.argv[6] if len(sys.argv) > 6 else None
# The servers' private folders go into this run's own TMPDIR, so that what is left can be told.
os.makedirs(os.path.join(SCRATCH, "tmp"))
ENV = dict(os.environ, CSAT_LANG="en", CSAT_TODAY="2026-07-02", TMPDIR=os.path.join(SCRATCH, "tmp"))
JUNE = ["翠湖苑.csv", "锦程花园.csv", "锦程商业街.csv", "锦程国际大厦.json"]
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


def cli(args, cwd):
    r = subprocess.run([CSAT] + args, cwd=cwd, env=ENV, capture_output=True, timeout=600)
    return r.returncode, r.stdout.decode(), r.stderr.decode()


class Server:
    """`csat serve --port 0 …` on 127.0.0.1; the URL is read from its first line on stderr."""

    def __init__(self, *args):
        self.log = open(os.path.join(SCRATCH, f"serve-{uuid.uuid4().hex[:6]}.log"), "w+")
        self.p = subprocess.Popen([CSAT, "serve", "--port", "0", "--lang", "en", *args], env=ENV,
                                  stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.time() + 60
        self.url = None
        while time.time() < deadline and self.url is None:
            time.sleep(0.1)
            self.log.seek(0)
            m = re.search(r"http://127\.0\.0\.1:\d+/", self.log.read())
            if m:
                self.url = m.group(0)
            if self.p.poll() is not None:
                break
        if self.url is None:
            self.log.seek(0)
            raise SystemExit("csat serve did not start: " + self.log.read())

    def stop(self):
        self.p.terminate()
        try:
            self.p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.p.kill()


def multipart(fields, files):
    """fields: [(name, text)], files: [(name, path, filename)] → (body, content type)."""
    b = "csat" + uuid.uuid4().hex
    out = bytearray()
    for name, value in fields:
        out += f'--{b}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
    for name, path, filename in files:
        with open(path, "rb") as f:
            data = f.read()
        out += f'--{b}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'.encode()
        out += b"Content-Type: application/octet-stream\r\n\r\n" + data + b"\r\n"
    out += f"--{b}--\r\n".encode()
    return bytes(out), "multipart/form-data; boundary=" + b


def post(url, fields=(), files=(), headers=None, timeout=600):
    body, ctype = multipart(list(fields), list(files))
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": ctype, **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(), dict(e.headers)


def get(url, headers=None, timeout=60):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(), dict(e.headers)


def index_text(x):
    """csat's rounding for reading: one decimal, half away from zero (Rounding.index)."""
    from decimal import Decimal, ROUND_HALF_UP
    if x is None:
        return "—"
    return f"{Decimal(repr(x * 10)).quantize(Decimal('1'), rounding=ROUND_HALF_UP) / 10:.1f}"


# ---------------------------------------------------------------- files as the user has them
june = os.path.join(SCRATCH, "june")
os.makedirs(june)
for name in ["survey.json", "roster.csv", "sample.csv", "sample.manifest.json"]:
    shutil.copy(os.path.join(DATA, name), june)
for name in JUNE:
    shutil.copy(os.path.join(DATA, "wave-2026H1", name), june)
shutil.copy(os.path.join(DATA, "wave-2025H2", "forms.csv"), os.path.join(june, "2025H2.csv"))
base = ["--survey", "survey.json", "--roster", "roster.csv", "--sample", "sample.csv"]
rc, out, err = cli(["check", "--json"] + base + JUNE, june)
check(rc == 0, f"csat check --json: {err}")
want_check = json.loads(out)
rc, out, err = cli(["score", "--json"] + base + JUNE + ["--previous", "2025H2.csv"], june)
check(rc == 0, f"csat score --json: {err}")
want_score = json.loads(out)

# A history with two waves, for the waves page.
db = os.path.join(SCRATCH, "history.sqlite")
for period, args in [("2025H2", ["--survey", os.path.join(DATA, "wave-2025H2", "survey.json"), os.path.join(DATA, "wave-2025H2", "forms.csv")]),
                     ("2026H1", base + JUNE)]:
    rc, _, err = cli(["history", "add", "--db", db, "--roster", os.path.join(june, "roster.csv")] + [a if a.startswith("-") or os.path.isabs(a) or a == "--survey" else os.path.join(june, a) for a in args], june)
    check(rc == 0, f"history add {period}: {err}")
rc, out, _ = cli(["score", "--json", "--survey", os.path.join(DATA, "wave-2025H2", "survey.json"), "--roster", "roster.csv",
                  os.path.join(DATA, "wave-2025H2", "forms.csv")], june)
december_index = json.loads(out)["overall"]["index"]

TMP = ENV["TMPDIR"]
before = {d for d in os.listdir(TMP) if d.startswith("csat-serve-")}
server = Server("--db", db, "--key", os.path.join(june, "csat.key"))
servers = [server]
try:
    # ------------------------------------------------------------ the browser
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    downloads = os.path.join(SCRATCH, "downloads")
    os.makedirs(downloads)
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-US"]:
        opts.add_argument(a)
    opts.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False,
                                           "intl.accept_languages": "en-US,en"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=opts)
    driver.set_page_load_timeout(120)
    wait = WebDriverWait(driver, 120)

    def shot(name):
        if not SHOTS:
            return
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1280, min(max(height + 160, 600), 4000))
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(SHOTS, f"web-{name}.png"))
        driver.set_window_size(1280, 1000)

    def text(css):
        return driver.find_element(By.CSS_SELECTOR, css).text.strip()

    try:
        driver.get(server.url)
        check("Stored waves" in driver.title, f"waves page title: {driver.title}")
        rows = driver.find_elements(By.CSS_SELECTOR, "#waves tbody tr")
        check(len(rows) == 2, f"waves page lists 2 stored waves, saw {len(rows)}")
        if len(rows) == 2:
            cells = rows[0].find_elements(By.TAG_NAME, "td")
            check(cells[0].text == "2025H2" and cells[3].text == index_text(december_index),
                  f"2025H2 row {cells[0].text} {cells[3].text} vs score --json {december_index}")
            cells = rows[1].find_elements(By.TAG_NAME, "td")
            check(cells[3].text == index_text(want_score["overall"]["index"]), f"2026H1 row index {cells[3].text}")
            check(len(driver.find_elements(By.CSS_SELECTOR, "#waves svg.spark polyline")) == 2, "a sparkline per wave")
        shot("waves")

        # New wave: the definition uploaded, four response files, roster, sample list, previous wave.
        driver.get(server.url + "new")
        driver.find_element(By.CSS_SELECTOR, "input[name=definitionFrom][value=upload]").click()
        driver.find_element(By.ID, "survey").send_keys(os.path.join(june, "survey.json"))
        driver.find_element(By.ID, "forms").send_keys("\n".join(os.path.join(june, n) for n in JUNE))
        driver.find_element(By.ID, "roster").send_keys(os.path.join(june, "roster.csv"))
        driver.find_element(By.ID, "sample").send_keys(os.path.join(june, "sample.csv"))
        driver.find_element(By.ID, "previous").send_keys(os.path.join(june, "2025H2.csv"))
        check(len(driver.find_elements(By.CSS_SELECTOR, "#forms-chosen li")) == 4, "the four chosen files are listed")
        # Stored in the history again (2026H1 is there already: replaced, as `history add --replace`).
        driver.find_element(By.ID, "store").click()
        driver.find_element(By.ID, "replace").click()
        shot("new")
        driver.find_element(By.ID, "start").click()
        wait.until(lambda d: "/check" in d.current_url)

        check("2026H1" in text("#stored"), f"stored note: {text('#stored')}")
        forms = want_check["forms"]
        check(text("#forms-read") == str(forms["read"]), f"read {text('#forms-read')} vs {forms['read']}")
        check(text("#forms-valid") == str(forms["valid"]), f"valid {text('#forms-valid')} vs {forms['valid']}")
        check(text("#forms-invalid") == str(forms["invalid"]), f"invalid {text('#forms-invalid')} vs {forms['invalid']}")
        inv = driver.find_elements(By.CSS_SELECTOR, "#invalid-forms tbody tr")
        check(len(inv) == len(want_check["invalidForms"]), f"{len(inv)} invalid rows vs {len(want_check['invalidForms'])}")
        shown = {r.find_elements(By.TAG_NAME, "td")[0].text: r.find_elements(By.TAG_NAME, "td")[2].text for r in inv}
        for f in want_check["invalidForms"]:
            check(shown.get(f["form"]) == f["location"], f"{f['form']} at {shown.get(f['form'])} vs {f['location']}")
        cov = {r.find_elements(By.TAG_NAME, "td")[0].text: r.get_attribute("class") for r in driver.find_elements(By.CSS_SELECTOR, "#coverage tbody tr")}
        for p in want_check["coverage"]:
            verdicts = [p.get(k) for k in ("pass", "returnPass", "handOutPass") if p.get(k) is not None]
            want = "na" if not verdicts else "pass" if all(verdicts) else "fail"
            check(cov.get(p["project"]) == want, f"coverage {p['project']}: {cov.get(p['project'])} vs {want}")
        # Filter and sort work in the page.
        box = driver.find_element(By.CSS_SELECTOR, "input.filter")
        box.send_keys("翠湖苑")
        visible = [r for r in driver.find_elements(By.CSS_SELECTOR, "#invalid-forms tbody tr") if r.is_displayed()]
        want_n = sum(1 for f in want_check["invalidForms"] if "翠湖苑" in json.dumps(f, ensure_ascii=False))
        check(len(visible) == want_n, f"filter 翠湖苑 shows {len(visible)} rows vs {want_n}")
        box.clear()
        box.send_keys(" ")
        box.clear()
        driver.execute_script("arguments[0].dispatchEvent(new Event('input'))", box)
        shot("check")

        driver.find_element(By.ID, "to-figures").click()
        wait.until(lambda d: "/figures" in d.current_url)
        o = want_score["overall"]
        el = driver.find_element(By.ID, "overall-index")
        check(el.text == index_text(o["index"]), f"index {el.text} vs {o['index']}")
        check(abs(float(el.get_attribute("data-value")) - o["index"]) < 1e-9, "the index's full value")
        check(abs(float(driver.find_element(By.ID, "overall-rate").get_attribute("data-value")) - o["rate"]) < 1e-12, "rate")
        drv = driver.find_elements(By.CSS_SELECTOR, "#drivers tbody tr")
        check(len(drv) == len(want_score["drivers"]), "a row per driver")
        for r, d in zip(drv, want_score["drivers"]):
            tds = r.find_elements(By.TAG_NAME, "td")
            check(tds[0].text == d["name"] and tds[2].text == index_text(d["index"]), f"driver {tds[0].text} {tds[2].text} vs {d['name']} {d['index']}")
        ranked = sorted([p for p in want_score["projects"] if p["index"] is not None], key=lambda p: -p["index"])
        prj = driver.find_elements(By.CSS_SELECTOR, "#projects tbody tr")
        for r, p in zip(prj, ranked):
            tds = r.find_elements(By.TAG_NAME, "td")
            check(tds[1].text == p["project"] and tds[3].text == index_text(p["index"]), f"project rank {tds[1].text} vs {p['project']}")
        imgs = driver.find_elements(By.CSS_SELECTOR, ".charts img")
        check(len(imgs) >= 3 and all(driver.execute_script("return arguments[0].naturalWidth", i) > 0 for i in imgs), "the charts load")
        themes = sum(int(b.text) for b in driver.find_elements(By.CSS_SELECTOR, "details.theme .badge"))
        want_themed = sum(max(1, len(c["themes"])) for c in want_score["comments"])
        check(themes == want_themed, f"comments by theme {themes} vs {want_themed}")
        shot("figures")
        link = driver.find_element(By.CSS_SELECTOR, "a.download[data-kind=workbook]")
        book_name = link.get_attribute("download")
        link.click()
        path = os.path.join(downloads, book_name)
        deadline = time.time() + 60
        while time.time() < deadline and not (os.path.exists(path) and not os.path.exists(path + ".crdownload")):
            time.sleep(0.2)
        import openpyxl
        wb = openpyxl.load_workbook(path, read_only=True)
        check(len(wb.sheetnames) >= 5, f"workbook sheets {wb.sheetnames}")
        numbers = [c for ws in wb.worksheets[:1] for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, (int, float))]
        check(any(abs(c - o["index"]) < 0.051 for c in numbers), "the Summary sheet shows the index")

        driver.get(server.url)
        rows = driver.find_elements(By.CSS_SELECTOR, "#waves tbody tr")
        check(len(rows) == 2 and rows[1].find_elements(By.TAG_NAME, "td")[3].text == index_text(o["index"]),
              "the replaced 2026H1 is listed once, with its index")
        # Storing the same period without "replace": the command line's refusal (G2), on the page.
        driver.get(server.url + "new")
        driver.find_element(By.CSS_SELECTOR, "input[name=definitionFrom][value=upload]").click()
        driver.find_element(By.ID, "survey").send_keys(os.path.join(june, "survey.json"))
        driver.find_element(By.ID, "forms").send_keys("\n".join(os.path.join(june, n) for n in JUNE))
        driver.find_element(By.ID, "store").click()
        driver.find_element(By.ID, "start").click()
        wait.until(lambda d: d.find_element(By.ID, "problem").is_displayed())
        check("2026H1 is stored already" in text("#problem"), f"store twice: {text('#problem')}")

        # Sample: draw with a seed, compare with `csat sample`, then verify the downloaded list.
        driver.get(server.url + "sample")
        driver.find_element(By.ID, "sample-roster").send_keys(os.path.join(june, "roster.csv"))
        driver.find_element(By.ID, "seed").send_keys("web-check")
        shot("sample")
        driver.find_element(By.ID, "draw").click()
        wait.until(lambda d: "/samples/" in d.current_url)
        shot("sampled")
        cli_dir = os.path.join(SCRATCH, "cli-sample")
        os.makedirs(cli_dir)
        rc, plan, err = cli(["sample", "--roster", os.path.join(june, "roster.csv"), "--seed", "web-check", "-o", "sample.csv"], cli_dir)
        check(rc == 0, f"csat sample: {err}")
        check(text("#plan") == plan.strip(), "the plan on the page is csat sample's")
        for a in driver.find_elements(By.CSS_SELECTOR, "a.download"):
            a.click()
        for name in ["sample.csv", "sample.manifest.json"]:
            p = os.path.join(downloads, name)
            deadline = time.time() + 60
            while time.time() < deadline and not os.path.exists(p):
                time.sleep(0.2)
        with open(os.path.join(downloads, "sample.csv"), "rb") as a, open(os.path.join(cli_dir, "sample.csv"), "rb") as b:
            check(a.read() == b.read(), "the downloaded list is byte for byte csat sample's")
        man = json.load(open(os.path.join(downloads, "sample.manifest.json")))
        check(man["roster"]["file"] == "roster.csv", f"manifest names the roster as uploaded: {man['roster']['file']}")
        driver.get(server.url + "sample")
        form = driver.find_element(By.ID, "verify-form")
        form.find_element(By.NAME, "list").send_keys(os.path.join(downloads, "sample.csv"))
        form.find_element(By.NAME, "manifest").send_keys(os.path.join(downloads, "sample.manifest.json"))
        form.find_element(By.NAME, "roster").send_keys(os.path.join(june, "roster.csv"))
        driver.find_element(By.ID, "verify").click()
        wait.until(lambda d: d.find_elements(By.ID, "verdict"))
        check(text("#verdict") == "matches", f"verify says {text('#verdict')}")
        shot("verified")

        # The page in Chinese.
        driver.get(server.url + "?lang=zh")
        check("历次调查" in driver.title, f"zh title {driver.title}")
        driver.get(server.url + "new")
        check("新一期" in driver.title, "the language is kept")
        shot("new-zh")
        # A bad file on the page: the message is shown, nothing else.
        driver.get(server.url + "new?lang=en")
        bad = os.path.join(SCRATCH, "bad", "broken.csv")
        os.makedirs(os.path.dirname(bad))
        with open(bad, "w") as f:
            f.write('form_id,project,unit\n"F1,翠湖苑,1-1-101\n')
        driver.find_element(By.ID, "forms").send_keys(bad)
        driver.find_element(By.ID, "start").click()
        wait.until(lambda d: d.find_element(By.ID, "problem").is_displayed())
        check("422" in text("#problem") and "broken.csv" in text("#problem"), f"problem shown: {text('#problem')}")
        shot("problem")
    finally:
        driver.quit()

    # ------------------------------------------------------------ the endpoints, plain HTTP
    files = [("survey", os.path.join(june, "survey.json"), "survey.json"), ("roster", os.path.join(june, "roster.csv"), "roster.csv"),
             ("sample", os.path.join(june, "sample.csv"), "sample.csv")] + [("forms", os.path.join(june, n), n) for n in JUNE]
    st, body, headers = post(server.url + "api/check", files=files)
    check(st == 200 and json.loads(body) == want_check, "POST /api/check is csat check --json")
    check(body == cli(["check", "--json"] + base + JUNE, june)[1], "POST /api/check, byte for byte")
    st, body, _ = post(server.url + "api/score", files=files + [("previous", os.path.join(june, "2025H2.csv"), "2025H2.csv")])
    check(st == 200 and body == cli(["score", "--json"] + base + JUNE + ["--previous", "2025H2.csv"], june)[1], "POST /api/score is csat score --json, byte for byte")
    check("default-src 'none'" in headers.get("Content-Security-Policy", ""), "CSP on every answer")

    # Files as they arrive: a 问卷星 XLSX download, and a workbook typed by a clerk with a roster
    # workbook whose Chinese headers sit under a title; both endpoints, byte for byte.
    fixtures = os.path.join(os.path.dirname(os.path.abspath(DATA)), "Tests", "CSatCLITests", "Fixtures")
    for what, folder, forms, roster in [("问卷星 text.xlsx", os.path.join(fixtures, "wjx", "jincheng"), "text.xlsx", None),
                                        ("clerk.xlsx", os.path.join(fixtures, "clerk"), "clerk.xlsx", "roster.xlsx")]:
        up = [("survey", os.path.join(june, "survey.json"), "survey.json"), ("forms", os.path.join(folder, forms), forms)]
        args = ["--survey", os.path.join(june, "survey.json"), forms]
        if roster:
            up.append(("roster", os.path.join(folder, roster), roster))
            args += ["--roster", roster]
        for endpoint in ["check", "score"]:
            st, body, _ = post(server.url + "api/" + endpoint, files=up)
            rc, want, err = cli([endpoint, "--json"] + args, folder)
            check(rc == 0 and st == 200 and body == want, f"{what}: /api/{endpoint} {st} is csat {endpoint} --json")

    # A malformed CSV: 422 with the command line's message.
    rc, _, err = cli(["check", "--survey", "survey.json", os.path.relpath(bad, june)], june)
    os.symlink(bad, os.path.join(june, "broken.csv"))
    rc, _, err = cli(["check", "--survey", "survey.json", "broken.csv"], june)
    st, body, _ = post(server.url + "api/check", files=[files[0], ("forms", bad, "broken.csv")])
    want_msg = err.strip().removeprefix("csat: error: ")
    check(rc == 2 and st == 422 and json.loads(body)["error"] == want_msg, f"422 {st} {body!r} vs {want_msg!r}")
    # A template by name, and a request without forms.
    st, body, _ = post(server.url + "api/check", fields=[("template", "residential")])
    check(st == 422 and "forms" in json.loads(body)["error"], f"no forms: {st} {body}")
    # Cross-site posts are refused; page posts need their token.
    st, _, _ = post(server.url + "api/check", files=files, headers={"Origin": "http://evil.example"})
    check(st == 403, f"cross-site api post answers {st}")
    st, _, _ = post(server.url + "runs", files=files)
    check(st == 403, f"a page post without its token answers {st}")
    # A value from a file is escaped: a project named <script>.
    evil = os.path.join(SCRATCH, "evil.csv")
    with open(os.path.join(june, "锦程商业街.csv"), encoding="utf-8-sig") as f:
        lines = f.read().splitlines()
    with open(evil, "w", encoding="utf-8") as f:
        f.write(lines[0] + "\n" + "\n".join(l.replace("锦程商业街", "<script>alert(1)</script>") for l in lines[1:]) + "\n")
    st, page, _ = get(server.url + "new")
    token = re.search(r'data-csrf="([0-9a-f]{32})"', page).group(1)
    st, body, _ = post(server.url + f"runs?csrf={token}", files=[files[0], ("forms", evil, "<img src=x onerror=alert(1)>.csv")], headers={"Accept": "application/json"})
    check(st == 200, f"evil upload {st} {body}")
    if st == 200:
        loc = json.loads(body)["location"]
        st, page, _ = get(server.url + loc.lstrip("/"))
        check("<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page, "a project name is escaped")
        check("<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;.csv" in page, "a file name is escaped")
        check(not re.search(r"1[3-9]\d{9}", page.replace("****", "")), "no full phone number on the page")

    # Two uploads of 100k forms at once; the server answers meanwhile.
    def large(folder):
        fs = [("survey", os.path.join(folder, "survey.json"), "survey.json"), ("roster", os.path.join(folder, "roster.csv"), "roster.csv"),
              ("forms", os.path.join(folder, "forms.csv"), "forms.csv")]
        return post(server.url + "api/score", files=fs, timeout=900)

    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        t0 = time.time()
        jobs = [pool.submit(large, LARGE_A), pool.submit(large, LARGE_B)]
        slowest, answered = 0.0, 0
        while not all(j.done() for j in jobs) and time.time() - t0 < 900:
            t = time.time()
            st, _, _ = get(server.url + "sample", timeout=60)
            if not all(j.done() for j in jobs):
                answered += 1
                slowest = max(slowest, time.time() - t)
            check(st == 200, "the server answers while the uploads run")
            time.sleep(0.5)
        for folder, j in zip([LARGE_A, LARGE_B], jobs):
            st, body, _ = j.result()
            rc, want, err = cli(["score", "--json", "--survey", "survey.json", "--roster", "roster.csv", "forms.csv"], folder)
            check(st == 200 and body == want, f"100k upload in {folder}: {st}, same figures as csat score --json: {body[:200] if st != 200 else body == want}")
        print(f"two 100k uploads: {time.time() - t0:.1f} s; {answered} pages answered meanwhile, the slowest in {slowest:.2f} s")
        # Not a timing test (other tests share the cores): the server must answer pages while both
        # uploads are still running, not after them.
        check(answered >= 2 and slowest < 20, f"{answered} pages answered while the uploads ran, the slowest in {slowest:.2f} s")
        a, b = json.loads(jobs[0].result()[1]), json.loads(jobs[1].result()[1])
        check(a["overall"]["index"] != b["overall"]["index"], "the two waves' figures are their own")

    # Every request's uploads are gone once it is answered: only the runs' outputs stay.
    mine = [d for d in os.listdir(TMP) if d.startswith("csat-serve-") and d not in before]
    inside = [e for d in mine for e in os.listdir(os.path.join(TMP, d))]
    check(mine and not [e for e in inside if e.startswith("req-")], f"no request folder left after the answers: {inside}")
    check(all(e.startswith(("run-", "sample-")) or e == "csat.key" for e in inside), f"only outputs kept: {inside}")

    # A second server on the same port says so, and leaves nothing behind.
    port = server.url.rstrip("/").rsplit(":", 1)[1]
    r = subprocess.run([CSAT, "serve", "--port", port], env=ENV, capture_output=True, timeout=60)
    check(r.returncode == 2 and f"port {port} on 127.0.0.1 is in use".encode() in r.stderr, f"port in use: {r.returncode} {r.stderr}")

    # An upload over the limit: 413 with the message, and the server keeps serving.
    small = Server("--max-upload", "1M")
    servers.append(small)
    st, body, _ = post(small.url + "api/check", files=[files[0], ("forms", os.path.join(LARGE_A, "forms.csv"), "forms.csv")])
    check(st == 413 and "1 MB" in json.loads(body)["error"], f"oversized upload: {st} {body}")
    st, _, _ = get(small.url)
    check(st == 200, "still serving after a 413")

    # With a password: pages ask for it; the cookie is HttpOnly and SameSite=Strict.
    pw = os.path.join(SCRATCH, "serve.pw")
    r = subprocess.run([CSAT, "serve", "--set-password", pw], input=b"s3cret-Pw\n", env=ENV, capture_output=True, timeout=60)
    check(r.returncode == 0 and oct(os.stat(pw).st_mode & 0o777) == "0o600", f"--set-password: {r.stderr}")
    r = subprocess.run([CSAT, "serve", "--host", "0.0.0.0", "--port", "0"], env=ENV, capture_output=True, timeout=60)
    check(r.returncode == 2 and b"--password-file" in r.stderr, f"non-loopback without a password: {r.returncode} {r.stderr}")
    locked = Server("--password-file", pw)
    servers.append(locked)

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k):
            return None

    opener = urllib.request.build_opener(NoRedirect)

    def raw(url, data=None, headers=None):
        try:
            with opener.open(urllib.request.Request(url, data=data, headers=headers or {}), timeout=60) as r:
                return r.status, dict(r.headers), r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read().decode()

    st, h, _ = raw(locked.url)
    check(st == 303 and h.get("Location") == "/login", f"a page without login: {st} {h.get('Location')}")
    st, _, _ = raw(locked.url + "login", data=b"password=wrong", headers={"Content-Type": "application/x-www-form-urlencoded"})
    check(st == 401, f"wrong password: {st}")
    st, h, _ = raw(locked.url + "login", data=b"password=s3cret-Pw", headers={"Content-Type": "application/x-www-form-urlencoded"})
    cookie = h.get("Set-Cookie", "")
    check(st == 303 and "HttpOnly" in cookie and "SameSite=Strict" in cookie, f"login: {st} {cookie}")
    session = cookie.split(";")[0]
    st, _, page = raw(locked.url, headers={"Cookie": session})
    check(st == 200 and "Stored waves" in page, f"after login: {st}")
    st, body, _ = post(locked.url + "api/check", files=files)
    check(st == 401, f"api without credentials: {st}")
    auth = "Basic " + base64.b64encode(b"any:s3cret-Pw").decode()
    st, body, _ = post(locked.url + "api/check", files=files, headers={"Authorization": auth})
    check(st == 200 and json.loads(body) == want_check, f"api with the password: {st}")
finally:
    for s in servers:
        s.stop()
left = {d for d in os.listdir(TMP) if d.startswith("csat-serve-")} - before
check(not left, f"the servers' private folders are removed when they stop: {left}")
if failures:
    print(f"{len(failures)} failure(s)", file=sys.stderr)
    sys.exit(1)
print("web checks passed")
