// A gentle message over the current screen (a save that failed, an answer already given).
import QtQuick
import QtQuick.Templates as T

// (Templates, not Controls: the banner is on every screen from the first frame, and QtQuick.Controls would load
// the whole Basic style before it — a few ms of libraries and types no first screen uses.)
T.AbstractButton {
    id: banner
    property real u: 1
    objectName: "notice"
    focusPolicy: Qt.StrongFocus
    visible: text !== ""
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
    onTextChanged: if (banner.text !== "") Announcer.alert(banner.text)  // a notice or an error interrupts what is read
    implicitHeight: Math.max(Theme.touch * u, message.implicitHeight + 48 * u)
    background: Rectangle {
        radius: Theme.radius * banner.u
        color: Theme.noticeBg
        border.color: Theme.noticeInk
        border.width: (Theme.highContrast ? 4 : 2) * banner.u
        FocusRing { u: banner.u; shown: banner.visualFocus }
    }
    contentItem: KioskText {
        id: message
        text: banner.text
        u: banner.u
        color: Theme.noticeInk
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignHCenter
        Accessible.ignored: true  // said by the banner (its accessible name)
    }
}
