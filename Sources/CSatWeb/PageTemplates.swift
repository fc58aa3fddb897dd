/// The pages' HTML, as Mustache templates: `{{x}}` escapes every value (a project name, a comment,
/// a file name are data from a file, never markup); `{{{body}}}` takes only a page csat rendered.
/// No inline script or style: the Content-Security-Policy allows only /static/app.js and app.css.
enum PageTemplates {
    static let all: [String: String] = [
        "layout": layout, "waves": waves, "new": new, "check": check, "figures": figures, "sample": sample,
        "sampled": sampled, "verified": verified, "error": error, "login": login,
    ]

    static let layout = """
        <!doctype html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · {{w.appTitle}}</title>
        <link rel="stylesheet" href="/static/app.css">
        <script src="/static/app.js" defer></script>
        </head>
        <body data-csrf="{{csrf}}" data-page="{{page}}">
        <header>
        <nav>
        <a class="brand" href="/">csat</a>
        <a href="/" {{#onWaves}}aria-current="page"{{/onWaves}}>{{w.navWaves}}</a>
        <a href="/new" {{#onNew}}aria-current="page"{{/onNew}}>{{w.navNew}}</a>
        <a href="/sample" {{#onSample}}aria-current="page"{{/onSample}}>{{w.navSample}}</a>
        <span class="spacer"></span>
        <a id="switch-language" href="?lang={{otherLang}}">{{w.language}}</a>
        {{#loggedIn}}<form class="inline" method="post" action="/logout?csrf={{csrf}}"><button type="submit">{{w.logout}}</button></form>{{/loggedIn}}
        </nav>
        </header>
        <main>
        {{{body}}}
        </main>
        </body>
        </html>
        """

    static let waves = """
        <h1>{{w.wavesTitle}}</h1>
        {{^database}}<p class="note">{{w.wavesNoDatabase}}</p>{{/database}}
        {{#database}}
        <p class="note">{{w.wavesSurvey}}: <b>{{surveyID}}</b></p>
        {{^waves}}<p class="note">{{w.wavesNone}}</p>{{/waves}}
        {{#hasWaves}}
        <table id="waves" class="sortable">
        <thead><tr><th>{{w.period}}</th><th class="num">{{w.formsRead}}</th><th class="num">{{w.formsValid}}</th><th class="num">{{w.index}}</th><th>{{w.indexCI}}</th><th class="num">{{w.rate}}</th><th>{{w.trend}}</th><th>{{w.added}}</th></tr></thead>
        <tbody>
        {{#waves}}<tr><td>{{period}}</td><td class="num">{{read}}</td><td class="num">{{valid}}</td><td class="num" data-value="{{indexValue}}">{{index}}</td><td>{{interval}}</td><td class="num" data-value="{{rateValue}}">{{rate}}</td><td><svg class="spark" viewBox="0 0 120 28" width="120" height="28" role="img" aria-label="{{w.trend}}"><polyline points="{{spark}}"/><circle cx="{{lastX}}" cy="{{lastY}}" r="2.5"/></svg></td><td>{{added}}</td></tr>
        {{/waves}}
        </tbody>
        </table>
        {{/hasWaves}}
        {{/database}}
        <p><a class="button" href="/new">{{w.navNew}}</a></p>
        """

    static let new = """
        <h1>{{w.newTitle}}</h1>
        <p class="note">{{w.newIntro}}</p>
        <form id="wave-form" class="upload" method="post" action="/runs?csrf={{csrf}}" enctype="multipart/form-data">
        <fieldset>
        <legend>{{w.definition}}</legend>
        <label><input type="radio" name="definitionFrom" value="template" checked> {{w.useTemplate}}</label>
        <select name="template" id="template">
        <option value="residential">{{w.templateResidential}}</option>
        <option value="office">{{w.templateOffice}}</option>
        <option value="commercial">{{w.templateCommercial}}</option>
        </select>
        <select name="templateLanguage" id="templateLanguage"><option value="zh" {{#zh}}selected{{/zh}}>中文</option><option value="en" {{^zh}}selected{{/zh}}>English</option></select>
        <label class="block"><input type="radio" name="definitionFrom" value="upload"> {{w.orUpload}}
        <input type="file" name="survey" id="survey" accept=".json"></label>
        </fieldset>
        <fieldset>
        <legend>{{w.forms}}</legend>
        <div class="drop" id="drop" data-for="forms">
        <p>{{w.dropHere}}</p>
        <input type="file" name="forms" id="forms" multiple accept=".csv,.xlsx,.json,.jsonl,.txt">
        <p class="hint">{{w.formsHint}}</p>
        <ul class="chosen" id="forms-chosen"></ul>
        </div>
        </fieldset>
        <fieldset>
        <legend>{{w.optional}}</legend>
        <label class="block">{{w.roster}} <input type="file" name="roster" id="roster" accept=".csv,.xlsx"></label>
        <label class="block">{{w.sampleList}} <input type="file" name="sample" id="sample" accept=".csv,.xlsx"></label>
        <label class="block">{{w.previous}} <input type="file" name="previous" id="previous" multiple accept=".csv,.xlsx,.json,.jsonl"></label>
        </fieldset>
        {{#hasDatabase}}<fieldset>
        <legend>{{w.history}}</legend>
        <label class="block"><input type="checkbox" name="store" id="store" value="yes"> {{w.storeInHistory}} <span class="hint">{{database}}</span></label>
        <label class="block"><input type="checkbox" name="replace" id="replace" value="yes"> {{w.replaceStored}}</label>
        </fieldset>{{/hasDatabase}}
        <p><button type="submit" id="start">{{w.start}}</button></p>
        <div class="progress" id="progress" hidden>
        <progress id="progress-bar" max="100" value="0"></progress>
        <span id="progress-text" data-uploading="{{w.uploading}}" data-checking="{{w.checking}}" data-failed="{{w.uploadFailed}}"></span>
        </div>
        <div class="problem" id="problem" hidden></div>
        </form>
        """

    static let check = """
        <h1>{{w.checkTitle}} · {{title}} <span class="period">{{period}}</span></h1>
        <p class="tabs"><a aria-current="page" href="/runs/{{id}}/check">{{w.checkTitle}}</a> <a id="to-figures" href="/runs/{{id}}/figures">{{w.figuresTitle}}</a></p>
        {{#stored}}<p class="stored" id="stored">{{stored}}</p>{{/stored}}
        <section class="counts">
        <div class="count"><span class="n" id="forms-read">{{read}}</span><span>{{w.read}}</span></div>
        <div class="count ok"><span class="n" id="forms-valid">{{valid}}</span><span>{{w.valid}}</span></div>
        <div class="count bad"><span class="n" id="forms-invalid">{{invalid}}</span><span>{{w.invalid}}</span></div>
        </section>
        {{#hasWarnings}}<section class="warnings"><h2>{{w.warnings}}</h2><ul>{{#warnings}}<li>{{.}}</li>{{/warnings}}</ul></section>{{/hasWarnings}}
        <h2>{{w.coverage}}</h2>
        <table id="coverage" class="sortable">
        <thead><tr><th>{{w.project}}</th><th class="num">{{w.population}}</th><th class="num">{{w.sampled}}</th><th class="num">{{w.handedOut}}</th><th class="num">{{w.returned}}</th><th class="num">{{w.valid}}</th><th class="num">{{w.required}}</th><th class="num">{{w.returnRate}}</th><th class="num">{{w.handOutRate}}</th><th>{{w.result}}</th></tr></thead>
        <tbody>
        {{#coverage}}<tr class="{{status}}"><td>{{project}}</td><td class="num">{{population}}</td><td class="num">{{sampled}}</td><td class="num">{{handedOut}}</td><td class="num">{{returned}}</td><td class="num">{{valid}}</td><td class="num">{{required}}</td><td class="num">{{returnRate}}</td><td class="num">{{handOutRate}}</td><td class="result">{{result}}</td></tr>
        {{/coverage}}
        </tbody>
        </table>
        <h2>{{w.reasons}}</h2>
        {{^reasons}}<p class="note">{{w.noInvalid}}</p>{{/reasons}}
        {{#hasReasons}}
        <table id="reasons" class="sortable">
        <thead><tr><th>{{w.reason}}</th><th class="num">{{w.count}}</th></tr></thead>
        <tbody>{{#reasons}}<tr><td>{{label}}</td><td class="num">{{count}}</td></tr>{{/reasons}}</tbody>
        </table>
        <h2>{{w.invalidForms}}</h2>
        <p><input type="search" class="filter" data-table="invalid-forms" placeholder="{{w.filter}}" aria-label="{{w.filter}}"></p>
        <table id="invalid-forms" class="sortable">
        <thead><tr><th>{{w.form}}</th><th>{{w.project}}</th><th>{{w.location}}</th><th>{{w.reasons}}</th></tr></thead>
        <tbody>{{#invalidForms}}<tr><td>{{form}}</td><td>{{project}}</td><td>{{location}}</td><td>{{reasons}}</td></tr>
        {{/invalidForms}}</tbody>
        </table>
        {{#moreInvalid}}<p class="note" id="more-invalid">{{moreInvalid}}</p>{{/moreInvalid}}
        {{/hasReasons}}
        <h2>{{w.files}}</h2>
        <table id="files">
        <thead><tr><th>{{w.file}}</th><th>{{w.format}}</th><th class="num">{{w.count}}</th></tr></thead>
        <tbody>{{#files}}<tr><td>{{path}}</td><td>{{format}}</td><td class="num">{{forms}}</td></tr>{{/files}}</tbody>
        </table>
        <p><a class="button" href="/runs/{{id}}/figures">{{w.toFigures}}</a></p>
        """

    static let figures = """
        <h1>{{w.figuresTitle}} · {{title}} <span class="period">{{period}}</span></h1>
        <p class="tabs"><a href="/runs/{{id}}/check">{{w.checkTitle}}</a> <a aria-current="page" href="/runs/{{id}}/figures">{{w.figuresTitle}}</a></p>
        <section class="counts">
        <div class="count"><span class="n" id="overall-index" data-value="{{indexValue}}">{{index}}</span><span>{{w.index}} ({{w.interval}} {{indexCI}})</span></div>
        <div class="count"><span class="n" id="overall-rate" data-value="{{rateValue}}">{{rate}}</span><span>{{w.rate}} ({{w.interval}} {{rateCI}})</span></div>
        <div class="count"><span class="n" id="overall-n">{{n}}</span><span>{{w.respondents}}</span></div>
        </section>
        <section class="downloads">
        <h2>{{w.downloads}}</h2>
        <ul>{{#downloads}}<li><a class="download" href="/runs/{{id}}/files/{{file}}" download="{{file}}" data-kind="{{kind}}">{{label}}</a> <span class="hint">{{file}}</span></li>{{/downloads}}</ul>
        </section>
        <h2>{{w.drivers}}</h2>
        <table id="drivers" class="sortable">
        <thead><tr><th>{{w.driver}}</th><th class="num">{{w.weight}}</th><th class="num">{{w.index}}</th><th>{{w.interval}}</th><th class="num">{{w.rate}}</th><th class="num">{{w.importance}}</th><th>{{w.quadrant}}</th></tr></thead>
        <tbody>{{#drivers}}<tr class="{{quadrant}}"><td>{{name}}</td><td class="num">{{weight}}</td><td class="num" data-value="{{indexValue}}">{{index}}</td><td>{{indexCI}}</td><td class="num">{{rate}}</td><td class="num">{{importance}}</td><td>{{quadrantLabel}}</td></tr>{{/drivers}}</tbody>
        </table>
        <div class="charts">
        {{#charts}}<figure><img src="/runs/{{id}}/files/{{file}}" alt="{{label}}"><figcaption>{{label}}</figcaption></figure>{{/charts}}
        </div>
        <h2>{{w.projectsRanked}}</h2>
        <table id="projects" class="sortable">
        <thead><tr><th class="num">{{w.rank}}</th><th>{{w.project}}</th><th class="num">{{w.respondents}}</th><th class="num">{{w.index}}</th><th>{{w.interval}}</th><th class="num">{{w.rate}}</th></tr></thead>
        <tbody>{{#projects}}<tr><td class="num">{{rank}}</td><td>{{project}}</td><td class="num">{{n}}</td><td class="num" data-value="{{indexValue}}">{{index}}</td><td>{{indexCI}}</td><td class="num">{{rate}}</td></tr>{{/projects}}</tbody>
        </table>
        <h2>{{w.comments}}</h2>
        {{^themes}}<p class="note">{{w.noComments}}</p>{{/themes}}
        {{#themes}}<details class="theme"><summary>{{theme}} <span class="badge">{{count}}</span></summary>
        <table class="comments"><thead><tr><th>{{w.project}}</th><th>{{w.text}}</th></tr></thead><tbody>{{#comments}}<tr><td>{{project}}</td><td>{{text}}</td></tr>{{/comments}}</tbody></table>
        {{#more}}<p class="note">{{more}}</p>{{/more}}
        </details>
        {{/themes}}
        """

    static let sample = """
        <h1>{{w.sampleTitle}}</h1>
        <p class="note">{{w.sampleIntro}}</p>
        <form id="sample-form" class="upload" method="post" action="/sample?csrf={{csrf}}" enctype="multipart/form-data">
        <label class="block">{{w.roster}} <input type="file" name="roster" id="sample-roster" accept=".csv,.xlsx" required></label>
        <label class="block">{{w.surveyOptional}} <input type="file" name="survey" accept=".json"></label>
        <label class="block">{{w.seed}} <input type="text" name="seed" id="seed" maxlength="200"> <span class="hint">{{w.seedHint}}</span></label>
        <label class="block">{{w.sampleRate}} <input type="number" name="rate" step="0.01" min="0.01" max="1" placeholder="0.2"></label>
        <label class="block">{{w.sampleMin}} <input type="number" name="min" step="1" min="0" placeholder="20"></label>
        <label class="block">{{w.strata}} <input type="text" name="strata" value="building"> <span class="hint">{{w.strataHint}}</span></label>
        <label class="block">{{w.reserve}} <input type="number" name="reserve" step="0.01" min="0" max="10" value="0.1"></label>
        <p><button type="submit" id="draw">{{w.draw}}</button></p>
        <div class="progress" hidden><progress max="100" value="0"></progress><span class="progress-text" data-uploading="{{w.uploading}}" data-checking="{{w.checking}}" data-failed="{{w.uploadFailed}}"></span></div>
        <div class="problem" hidden></div>
        </form>
        <h2>{{w.verifyTitle}}</h2>
        <p class="note">{{w.verifyIntro}}</p>
        <form id="verify-form" class="upload" method="post" action="/sample/verify?csrf={{csrf}}" enctype="multipart/form-data">
        <label class="block">{{w.sampleList2}} <input type="file" name="list" accept=".csv" required></label>
        <label class="block">{{w.manifest}} <input type="file" name="manifest" accept=".json" required></label>
        <label class="block">{{w.roster}} <input type="file" name="roster" accept=".csv,.xlsx" required></label>
        <p><button type="submit" id="verify">{{w.verify}}</button></p>
        <div class="progress" hidden><progress max="100" value="0"></progress><span class="progress-text" data-uploading="{{w.uploading}}" data-checking="{{w.checking}}" data-failed="{{w.uploadFailed}}"></span></div>
        <div class="problem" hidden></div>
        </form>
        """

    static let sampled = """
        <h1>{{w.sampleResult}}</h1>
        {{#hasWarnings}}<section class="warnings"><h2>{{w.warnings}}</h2><ul>{{#warnings}}<li>{{.}}</li>{{/warnings}}</ul></section>{{/hasWarnings}}
        <pre id="plan">{{plan}}</pre>
        <h2>{{w.downloads}}</h2>
        <ul>{{#downloads}}<li><a class="download" href="/samples/{{id}}/files/{{file}}" download="{{file}}">{{file}}</a></li>{{/downloads}}</ul>
        <p><a class="button" href="/sample">{{w.back}}</a></p>
        """

    static let verified = """
        <h1>{{w.verifyResult}}: <span id="verdict" class="{{status}}">{{verdict}}</span></h1>
        {{#hasWarnings}}<section class="warnings"><h2>{{w.warnings}}</h2><ul>{{#warnings}}<li>{{.}}</li>{{/warnings}}</ul></section>{{/hasWarnings}}
        <pre id="verify-report">{{report}}</pre>
        <p><a class="button" href="/sample">{{w.back}}</a></p>
        """

    static let error = """
        <h1>{{heading}}</h1>
        <p class="problem" id="message">{{message}}</p>
        <p><a class="button" href="{{back}}">{{w.back}}</a></p>
        """

    static let login = """
        <h1>{{w.loginTitle}}</h1>
        {{#wrong}}<p class="problem">{{w.wrongPassword}}</p>{{/wrong}}
        <form method="post" action="/login" class="upload">
        <label class="block">{{w.password}} <input type="password" name="password" id="password" autocomplete="current-password" autofocus required></label>
        <p><button type="submit" id="login">{{w.login}}</button></p>
        </form>
        """
}
