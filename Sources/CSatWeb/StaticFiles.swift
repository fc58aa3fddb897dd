/// The pages' one script and one style sheet, served from /static/ (the Content-Security-Policy
/// allows no other). The script only improves pages that work without it: dropped files, upload
/// progress, sorting and filtering tables.
enum StaticFiles {
    static let files: [String: (type: String, text: String)] = [
        "app.js": ("text/javascript; charset=utf-8", script),
        "app.css": ("text/css; charset=utf-8", style),
    ]

    static let script = #"""
        "use strict";
        (function () {
          const csrf = document.body.dataset.csrf || "";

          // Files dropped on the drop zone go into its file input, as if chosen.
          for (const zone of document.querySelectorAll(".drop")) {
            const input = zone.querySelector("input[type=file]");
            const list = zone.querySelector(".chosen");
            const show = () => {
              list.textContent = "";
              for (const f of input.files) {
                const li = document.createElement("li");
                li.textContent = f.name + " (" + Math.ceil(f.size / 1024) + " KB)";
                list.appendChild(li);
              }
            };
            input.addEventListener("change", show);
            zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
            zone.addEventListener("dragleave", () => zone.classList.remove("over"));
            zone.addEventListener("drop", (e) => {
              e.preventDefault();
              zone.classList.remove("over");
              const dt = new DataTransfer();
              for (const f of input.files) dt.items.add(f);
              for (const f of e.dataTransfer.files) dt.items.add(f);
              input.files = dt.files;
              show();
            });
          }

          // A definition from a template or from a file: the unused one is not sent.
          const waveForm = document.getElementById("wave-form");
          if (waveForm) {
            const sync = () => {
              const upload = waveForm.querySelector("input[name=definitionFrom][value=upload]").checked;
              document.getElementById("template").disabled = upload;
              document.getElementById("templateLanguage").disabled = upload;
              document.getElementById("survey").disabled = !upload;
            };
            for (const r of waveForm.querySelectorAll("input[name=definitionFrom]")) r.addEventListener("change", sync);
            document.getElementById("survey").addEventListener("change", () => {
              waveForm.querySelector("input[name=definitionFrom][value=upload]").checked = true;
              sync();
            });
            sync();
          }

          // Uploads with a progress bar; the answer names the page to go to, or the problem.
          for (const form of document.querySelectorAll("form.upload[enctype]")) {
            form.addEventListener("submit", (e) => {
              e.preventDefault();
              const box = form.querySelector(".progress");
              const bar = box.querySelector("progress");
              const text = box.querySelector("span");
              const problem = form.querySelector(".problem");
              const button = form.querySelector("button[type=submit]");
              problem.hidden = true;
              box.hidden = false;
              button.disabled = true;
              const xhr = new XMLHttpRequest();
              xhr.open("POST", form.getAttribute("action"));
              xhr.setRequestHeader("Accept", "application/json");
              xhr.setRequestHeader("X-CSRF-Token", csrf);
              xhr.upload.addEventListener("progress", (p) => {
                if (!p.lengthComputable) return;
                bar.value = Math.round((p.loaded / p.total) * 100);
                text.textContent = text.dataset.uploading + " " + bar.value + "%";
              });
              xhr.upload.addEventListener("load", () => {
                bar.removeAttribute("value");
                text.textContent = text.dataset.checking;
              });
              const fail = (message) => {
                box.hidden = true;
                button.disabled = false;
                problem.textContent = message;
                problem.hidden = false;
              };
              xhr.addEventListener("load", () => {
                let answer = null;
                try { answer = JSON.parse(xhr.responseText); } catch (_) { answer = null; }
                if (xhr.status === 200 && answer && answer.location) {
                  window.location.assign(answer.location);
                } else {
                  fail(text.dataset.failed + " (" + xhr.status + "): " + (answer && answer.error ? answer.error : xhr.statusText));
                }
              });
              xhr.addEventListener("error", () => fail(text.dataset.failed));
              xhr.send(new FormData(form));
            });
          }

          // Sortable tables: a click on a heading sorts by that column (numbers as numbers).
          const key = (cell) => {
            const raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
            const n = parseFloat(raw.replace(/[%,]/g, ""));
            return isNaN(n) ? raw : n;
          };
          for (const table of document.querySelectorAll("table.sortable")) {
            const heads = table.tHead ? table.tHead.rows[0].cells : [];
            Array.from(heads).forEach((th, i) => {
              th.tabIndex = 0;
              th.classList.add("sorter");
              const sort = () => {
                const body = table.tBodies[0];
                const up = th.getAttribute("aria-sort") !== "ascending";
                for (const h of heads) h.removeAttribute("aria-sort");
                th.setAttribute("aria-sort", up ? "ascending" : "descending");
                const rows = Array.from(body.rows);
                rows.sort((a, b) => {
                  const x = key(a.cells[i]), y = key(b.cells[i]);
                  const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh");
                  return up ? c : -c;
                });
                for (const r of rows) body.appendChild(r);
              };
              th.addEventListener("click", sort);
              th.addEventListener("keydown", (e) => { if (e.key === "Enter") sort(); });
            });
          }

          // Filter boxes: rows that do not contain the text are hidden.
          for (const box of document.querySelectorAll("input.filter")) {
            const table = document.getElementById(box.dataset.table);
            box.addEventListener("input", () => {
              const q = box.value.trim().toLowerCase();
              for (const r of table.tBodies[0].rows) r.hidden = q !== "" && !r.textContent.toLowerCase().includes(q);
            });
          }
        })();
        """#

    static let style = #"""
        :root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --accent: #1c5d99; --ok: #e3f4e8; --okInk: #1b6b35;
          --bad: #fde8e8; --badInk: #a61b1b; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif;
          color: var(--ink); background: #f7f9fb; line-height: 1.5; }
        header { background: var(--accent); }
        nav { display: flex; gap: 1.2rem; align-items: center; max-width: 72rem; margin: 0 auto; padding: .6rem 1rem; }
        nav a { color: #fff; text-decoration: none; }
        nav a[aria-current=page] { border-bottom: 2px solid #fff; }
        nav .brand { font-weight: 700; letter-spacing: .05em; }
        nav .spacer { flex: 1; }
        nav button { background: transparent; color: #fff; border: 1px solid #fff; border-radius: 4px; cursor: pointer; }
        form.inline { display: inline; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; margin: .8rem 0; }
        h1 .period { color: var(--muted); font-weight: 400; }
        h2 { font-size: 1.15rem; margin: 1.6rem 0 .6rem; }
        .note, .hint { color: var(--muted); }
        .hint { font-size: .85rem; }
        .tabs a { margin-right: 1rem; }
        .tabs a[aria-current=page] { font-weight: 700; text-decoration: none; color: var(--ink); }
        .counts { display: flex; gap: 1rem; flex-wrap: wrap; }
        .count { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1.2rem; min-width: 10rem; }
        .count .n { display: block; font-size: 2rem; font-weight: 700; }
        .count.ok .n { color: var(--okInk); }
        .count.bad .n { color: var(--badInk); }
        table { border-collapse: collapse; background: #fff; width: 100%; margin: .4rem 0; font-size: .92rem; }
        th, td { border: 1px solid var(--line); padding: .35rem .55rem; text-align: left; vertical-align: top; }
        th { background: #eef2f6; }
        th.sorter { cursor: pointer; user-select: none; }
        th[aria-sort=ascending]::after { content: " ▲"; }
        th[aria-sort=descending]::after { content: " ▼"; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.pass td.result { background: var(--ok); color: var(--okInk); font-weight: 600; }
        tr.fail td.result { background: var(--bad); color: var(--badInk); font-weight: 600; }
        tr.fail td:first-child { border-left: 4px solid var(--badInk); }
        tr.improve td:last-child { color: var(--badInk); font-weight: 600; }
        .warnings { background: #fff8e1; border: 1px solid #f0d58c; border-radius: 6px; padding: .2rem 1rem; }
        .warnings h2 { margin-top: .6rem; }
        .problem { background: var(--bad); color: var(--badInk); border-radius: 6px; padding: .6rem 1rem; white-space: pre-wrap; }
        fieldset { border: 1px solid var(--line); border-radius: 6px; background: #fff; margin: 0 0 1rem; }
        legend { font-weight: 600; }
        label.block { display: block; margin: .5rem 0; }
        .drop { border: 2px dashed #9fb3c8; border-radius: 8px; padding: 1rem; text-align: center; background: #fbfdff; }
        .drop.over { background: #e6f0fa; border-color: var(--accent); }
        .chosen { text-align: left; }
        button, .button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; padding: .5rem 1.1rem;
          font-size: 1rem; cursor: pointer; text-decoration: none; display: inline-block; }
        button:disabled { opacity: .6; }
        progress { width: 20rem; vertical-align: middle; }
        .progress span { margin-left: .6rem; }
        .charts { display: flex; flex-wrap: wrap; gap: 1rem; }
        .charts figure { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 0; padding: .5rem;
          flex: 1 1 30rem; max-width: calc(50% - .5rem); }
        .charts img { width: 100%; height: auto; }
        #reasons, #files { width: auto; min-width: 30rem; }
        figcaption { color: var(--muted); font-size: .85rem; text-align: center; }
        details.theme { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: .4rem 0; padding: .3rem .8rem; }
        details.theme summary { cursor: pointer; font-weight: 600; }
        .badge { background: #eef2f6; border-radius: 999px; padding: 0 .5rem; font-weight: 400; }
        svg.spark polyline { fill: none; stroke: var(--accent); stroke-width: 1.5; }
        svg.spark circle { fill: var(--accent); }
        pre { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8rem; overflow-x: auto;
          font-family: "Noto Sans Mono CJK SC", "Sarasa Mono SC", "NSimSun", monospace; }
        #verdict.pass { color: var(--okInk); }
        #verdict.fail { color: var(--badInk); }
        .stored { background: var(--ok); color: var(--okInk); border-radius: 6px; padding: .5rem 1rem; }
        .downloads ul { list-style: none; padding: 0; }
        .downloads li { margin: .3rem 0; }
        """#
}
