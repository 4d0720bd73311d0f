//! Text made safe for WordprocessingML: escaped, with characters XML 1.0
//! cannot carry left out, and typed line breaks and tabs kept as Word's own.

/// `s` escaped for an attribute or element, without the characters XML 1.0
/// forbids (control characters other than tab, line feed and carriage
/// return; U+FFFE and U+FFFF), which no workshop text should hold but a
/// pasted one might.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
    out
}

fn allowed(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// One run of `text` with run properties `rpr` (may be empty): line breaks
/// become `<w:br/>` and tabs `<w:tab/>`, spaces are kept as typed.
pub(crate) fn run(text: &str, rpr: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    out.push_str("<w:r>");
    if !rpr.is_empty() {
        out.push_str("<w:rPr>");
        out.push_str(rpr);
        out.push_str("</w:rPr>");
    }
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push_str("<w:br/>");
        }
        for (k, piece) in line.split('\t').enumerate() {
            if k > 0 {
                out.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                out.push_str(r#"<w:t xml:space="preserve">"#);
                out.push_str(&escape(piece));
                out.push_str("</w:t>");
            }
        }
    }
    out.push_str("</w:r>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_forbidden_characters_are_left_out() {
        assert_eq!(
            escape("a<b & \"c\" 'd'>\u{1}\u{b}\u{fffe}é"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;é"
        );
    }

    #[test]
    fn breaks_and_tabs_become_word_s_own() {
        assert_eq!(
            run("one\ntwo\tthree", ""),
            r#"<w:r><w:t xml:space="preserve">one</w:t><w:br/><w:t xml:space="preserve">two</w:t><w:tab/><w:t xml:space="preserve">three</w:t></w:r>"#
        );
        assert_eq!(
            run("x", "<w:b/>"),
            r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">x</w:t></w:r>"#
        );
    }
}
