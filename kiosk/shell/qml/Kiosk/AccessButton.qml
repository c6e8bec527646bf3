pragma ComponentBehavior: Bound
// The visitor bar's accessibility button: opens the panel with Large text, High contrast and Reach
// (kiosk/shell/access_modes.py keeps the modes; they all end when the next visitor comes).
import QtQuick

KioskButton {
    id: button
    objectName: "visitor.access"
    required property var access
    fill: button.access.anyOn ? Theme.accent : Theme.surface
    ink: button.access.anyOn ? Theme.accentInk : Theme.ink
    corner: Theme.radius * 2
    implicitWidth: Math.max(Theme.touch * u, glyph.implicitWidth + word.implicitWidth + 88 * u)
    text: qsTr("Easier to see")
    Accessible.description: qsTr("Large text, high contrast, and buttons within reach")
    onClicked: button.openPanel()

    // The panel is made the first time it opens, then kept (not before the first frame: it is a popup of the
    // QtQuick.Controls module, which no first screen needs otherwise).
    property var panel: null  // (not typed: naming AccessPanel here would compile it, and QtQuick.Controls, at start-up)
    function openPanel() {
        if (button.panel === null)
            button.panel = Qt.createComponent("AccessPanel.qml").createObject(button, {
                "u": Qt.binding(() => button.u), "access": button.access })
        button.panel.open()
    }

    contentItem: Item {
        implicitHeight: word.implicitHeight
        Row {
            anchors.centerIn: parent
            spacing: 14 * button.u
            KioskText {
                id: glyph
                anchors.verticalCenter: parent.verticalCenter
                //: Two sample letters on the accessibility button (a capital and a small one), in your own script
                text: qsTr("Aa")
                u: button.u
                size: Theme.button * 1.1
                maxScale: 1.2  // (the tools strip stays one row in large text)
                font.bold: true
                color: button.ink
                Accessible.ignored: true  // decorative: the button says what it is
            }
            KioskText {
                id: word
                anchors.verticalCenter: parent.verticalCenter
                text: button.text
                u: button.u
                size: Theme.button
                maxScale: 1.2  // (the tools strip stays one row in large text)
                font.bold: true
                color: button.ink
                Accessible.ignored: true  // said by the button (its accessible name)
            }
        }
    }
}
