/// `csat serve` (docs/WEB.md): what a page or an endpoint answers when a request lacks something.
extension Message {
    package static func webMissingFile(_ field: String) -> Message {
        Message(zh: "请求缺少文件字段 \"\(field)\"", en: "the request has no file in the field \"\(field)\"")
    }

    package static let webNoDefinition = Message(
        zh: "请求缺少问卷定义：上传字段 \"survey\"，或在 \"template\" 中给出模板名（residential、office、commercial）",
        en: "the request has no survey definition: upload it in the field \"survey\", or name a template in \"template\" (residential, office, commercial)")

    package static let webNoForms = Message(
        zh: "请求缺少问卷文件：在字段 \"forms\" 中上传一个或多个", en: "the request has no response file: upload one or more in the field \"forms\"")

    package static func webNotANumber(_ field: String, _ text: String) -> Message {
        Message(zh: "\"\(field)\" 应是数字，收到 \"\(text)\"", en: "\"\(field)\" must be a number, got \"\(text)\"")
    }

    package static func webTooLarge(_ limit: String) -> Message {
        Message(zh: "上传超过大小上限 \(limit)（csat serve --max-upload）", en: "the upload is larger than the limit of \(limit) (csat serve --max-upload)")
    }

    package static func webMalformed(_ why: String) -> Message {
        Message(zh: "上传的请求无法解析：\(why)", en: "the upload could not be read: \(why)")
    }

    package static let webPasswordNeeded = Message(
        zh: "在回环地址以外监听时必须给出 --password-file（用 csat serve --set-password 文件 生成）",
        en: "listening beyond the loopback address needs --password-file (make one with csat serve --set-password FILE)")

    package static let webPasswordFileBad = Message(
        zh: "不是 csat 的密码文件：第一行应是 bcrypt 散列（$2b$…），用 csat serve --set-password 生成",
        en: "not a csat password file: its first line must be a bcrypt hash ($2b$…); make one with csat serve --set-password")

    package static let webPasswordEmpty = Message(zh: "密码不能为空", en: "the password must not be empty")

    package static let webPasswordsDiffer = Message(zh: "两次输入的密码不一致", en: "the two passwords differ")

    package static func webListening(_ url: String) -> Message {
        Message(zh: "csat serve 正在 \(url) 上服务；按 Ctrl-C 停止", en: "csat serve is listening on \(url); Ctrl-C stops it")
    }

    package static func webPasswordWritten(_ path: String) -> Message {
        Message(zh: "已写入密码文件 \(path)（bcrypt 散列，仅本人可读）", en: "wrote the password file \(path) (a bcrypt hash, readable by you only)")
    }

    package static func webPortInUse(_ host: String, _ port: Int) -> Message {
        Message(
            zh: "\(host) 的端口 \(port) 已被占用（另一个程序或另一个 csat serve 正在使用）；用 --port 换一个端口，或 --port 0 让系统挑一个空闲端口",
            en: "port \(port) on \(host) is in use (another program, or another csat serve, listens there); give --port another number, or --port 0 for any free port")
    }

    package static func webCannotListen(_ host: String, _ port: Int, _ why: String) -> Message {
        Message(zh: "无法在 \(host):\(port) 上监听：\(why)", en: "cannot listen on \(host):\(port): \(why)")
    }
}
