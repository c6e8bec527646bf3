// An Urdu keyboard for Qt Virtual Keyboard, which has none (ur_PK; Qt's docs: "Adding New Keyboard Layouts").
// Written for this kiosk, in the arrangement of the phonetic Urdu keyboard most Urdu typists in Pakistan and the UK
// learn on a computer (CRULP's): each letter where the Latin letter of the same sound is (ق q, و w, ع e, ر r,
// ت t, ے y …). Urdu has no capitals, so there is no Shift: the retroflex letters ٹ ڈ ڑ ں and ھ have keys of
// their own, and the rarer letters are a long press away on the letter they sound like (ث on ت, ذ ژ ظ ض on ز,
// ص on س, آ on ا, ۃ on ہ, ئ on ی, ؤ on و, ۓ on ے). Numbers and symbols use the shared layouts (fallback/).
// tests/shell/test_languages.py checks that every Urdu letter can be typed.
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

KeyboardLayout {
    inputMode: InputEngine.InputMode.Arabic
    keyWeight: 160
    readonly property real normalKeyWidth: normalKey.width
    readonly property real functionKeyWidth: mapFromItem(normalKey, normalKey.width / 2, 0).x
    KeyboardRow {
        Key {  // ق
            text: "\u0642"
        }
        Key {  // و
            text: "\u0648"
            alternativeKeys: "\u0648\u0624"
            id: normalKey
        }
        Key {  // ع
            text: "\u0639"
            alternativeKeys: "\u0639\u063A"
        }
        Key {  // ر
            text: "\u0631"
            alternativeKeys: "\u0631\u0691"
        }
        Key {  // ت
            text: "\u062A"
            alternativeKeys: "\u062A\u0679\u062B"
        }
        Key {  // ے
            text: "\u06D2"
            alternativeKeys: "\u06D2\u06D3"
        }
        Key {  // ء
            text: "\u0621"
            alternativeKeys: "\u0621\u0626"
        }
        Key {  // ی
            text: "\u06CC"
            alternativeKeys: "\u06CC\u0626"
        }
        Key {  // ہ
            text: "\u06C1"
            alternativeKeys: "\u06C1\u06C3\u06C2"
        }
        Key {  // پ
            text: "\u067E"
        }
        Key {  // ٹ
            text: "\u0679"
        }
        Key {  // ڑ
            text: "\u0691"
        }
    }
    KeyboardRow {
        KeyboardRow {
            Layout.preferredWidth: functionKeyWidth
            Layout.fillWidth: false
            FillerKey {
            }
            Key {  // ا
                text: "\u0627"
                alternativeKeys: "\u0627\u0622\u0623"
                weight: normalKeyWidth
                Layout.fillWidth: false
            }
        }
        Key {  // س
            text: "\u0633"
            alternativeKeys: "\u0633\u0635\u062B"
        }
        Key {  // د
            text: "\u062F"
            alternativeKeys: "\u062F\u0688\u0630"
        }
        Key {  // ف
            text: "\u0641"
        }
        Key {  // گ
            text: "\u06AF"
        }
        Key {  // ح
            text: "\u062D"
            alternativeKeys: "\u062D\u062E"
        }
        Key {  // ج
            text: "\u062C"
            alternativeKeys: "\u062C\u0636"
        }
        Key {  // ک
            text: "\u06A9"
            alternativeKeys: "\u06A9\u062E"
        }
        Key {  // ل
            text: "\u0644"
        }
        Key {  // ڈ
            text: "\u0688"
        }
        KeyboardRow {
            Layout.preferredWidth: functionKeyWidth
            Layout.fillWidth: false
            Key {  // ھ
                text: "\u06BE"
                weight: normalKeyWidth
                Layout.fillWidth: false
            }
            FillerKey {
            }
        }
    }
    KeyboardRow {
        KeyboardRow {
            Layout.preferredWidth: functionKeyWidth
            Layout.fillWidth: false
            FillerKey {
            }
            Key {  // ز
                text: "\u0632"
                alternativeKeys: "\u0632\u0630\u0698\u0638\u0636"
                weight: normalKeyWidth
                Layout.fillWidth: false
            }
        }
        Key {  // ش
            text: "\u0634"
            alternativeKeys: "\u0634\u0698"
        }
        Key {  // چ
            text: "\u0686"
        }
        Key {  // ط
            text: "\u0637"
            alternativeKeys: "\u0637\u0638"
        }
        Key {  // ب
            text: "\u0628"
        }
        Key {  // ن
            text: "\u0646"
            alternativeKeys: "\u0646\u06BA"
        }
        Key {  // م
            text: "\u0645"
        }
        Key {  // ں
            text: "\u06BA"
        }
        Key {  // غ
            text: "\u063A"
        }
        Key {  // خ
            text: "\u062E"
        }
        BackspaceKey {
            weight: functionKeyWidth
            Layout.fillWidth: false
        }
    }
    KeyboardRow {
        SymbolModeKey {
            displayText: "123\u061F"
            weight: functionKeyWidth
            Layout.fillWidth: false
        }
        ChangeLanguageKey {
            weight: normalKeyWidth
            Layout.fillWidth: false
        }
        Key {  // the Urdu comma
            key: Qt.Key_Comma
            weight: normalKeyWidth
            Layout.fillWidth: false
            text: "\u060C"
            highlighted: true
        }
        SpaceKey {
        }
        Key {  // the Urdu full stop, and the question mark and other marks on a long press
            key: Qt.Key_Period
            weight: normalKeyWidth
            Layout.fillWidth: false
            text: "\u06D4"
            alternativeKeys: "\u06D4\u061F!\u060C\u061B."
            highlighted: true
        }
        HideKeyboardKey {
            weight: normalKeyWidth
            Layout.fillWidth: false
        }
        EnterKey {
            weight: functionKeyWidth
            Layout.fillWidth: false
        }
    }
}
