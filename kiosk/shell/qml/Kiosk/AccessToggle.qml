// One of the accessibility panel's switches (Large text, High contrast, Reach): a wide button with its name,
// a line saying what it does, and a switch drawn at its end. Screen readers hear a check box, checked or not.
import QtQuick
import QtQuick.Layouts

KioskButton {
    id: toggle
    property bool on: false
    fill: toggle.on ? Theme.accent : Theme.surface
    ink: toggle.on ? Theme.accentInk : Theme.ink
    implicitHeight: Math.max(Theme.touch * u, row.implicitHeight + 40 * u)
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: toggle.on
    background: Rectangle {
        radius: Theme.radius * toggle.u
        color: toggle.fill
        border.width: (Theme.highContrast ? 3 : 2) * toggle.u
        border.color: toggle.on ? toggle.fill : Theme.inkSoft
        FocusRing { u: toggle.u; shown: toggle.visualFocus }
    }
    contentItem: RowLayout {
        id: row
        spacing: 24 * toggle.u
        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 28 * toggle.u
            spacing: 4 * toggle.u
            KioskText {
                Layout.fillWidth: true
                text: toggle.text
                u: toggle.u
                size: Theme.button
                font.bold: true
                color: toggle.ink
                wrapMode: Text.WordWrap
                Accessible.ignored: true  // said by the switch (its accessible name)
            }
            KioskText {
                Layout.fillWidth: true
                visible: toggle.subtitle !== ""
                text: toggle.subtitle
                u: toggle.u
                size: Theme.small
                color: toggle.ink
                wrapMode: Text.WordWrap
                Accessible.ignored: true  // said by the switch (its accessible description)
            }
        }
        Rectangle {  // the switch: a track with a knob, to the end when on
            Layout.rightMargin: 28 * toggle.u
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: 104 * toggle.u
            implicitHeight: 56 * toggle.u
            radius: height / 2
            color: toggle.on ? Theme.accentInk : Theme.quiet
            border.width: 3 * toggle.u
            border.color: toggle.on ? Theme.accentInk : Theme.inkSoft
            Rectangle {
                width: parent.height - 14 * toggle.u
                height: width
                radius: width / 2
                anchors.verticalCenter: parent.verticalCenter
                x: toggle.on === !toggle.mirrored ? parent.width - width - 7 * toggle.u : 7 * toggle.u
                color: toggle.on ? Theme.accent : Theme.inkSoft
            }
        }
    }
}
