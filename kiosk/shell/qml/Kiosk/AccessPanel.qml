pragma ComponentBehavior: Bound
// The accessibility panel, over the screen: Large text, High contrast and Reach, each a switch that works at
// once, and a Done button. In reach mode it opens inside the reachable part of the screen.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Popup {
    id: panel
    objectName: "access.panel"
    property real u: 1
    required property var access
    readonly property real winW: panel.parent ? panel.parent.width : 1080
    readonly property real winH: panel.parent ? panel.parent.height : 1920
    readonly property real areaTop: panel.winH * panel.access.reachTop
    readonly property real areaBottom: panel.winH * panel.access.reachBottom

    parent: Overlay.overlay
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    width: Math.min(panel.winW - 48 * panel.u, 820 * panel.u)
    height: Math.min(implicitHeight, panel.areaBottom - panel.areaTop - 48 * panel.u)
    x: panel.mirrored ? 24 * panel.u : panel.winW - width - 24 * panel.u
    y: Math.max(panel.areaTop + 24 * panel.u, Math.min(150 * panel.u, panel.areaBottom - height - 24 * panel.u))
    padding: 36 * panel.u
    Overlay.modal: Rectangle { color: "#99000000" }  // a dim veil: decorative

    background: Rectangle {
        radius: Theme.radius * panel.u
        color: Theme.surface
        border.width: (Theme.highContrast ? 4 : 2) * panel.u
        border.color: Theme.highContrast ? Theme.ink : Theme.shadow
    }

    contentItem: Flickable {
        id: page
        implicitHeight: column.implicitHeight
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height
        ColumnLayout {
            id: column
            width: page.width
            spacing: 24 * panel.u

            KioskText {
                objectName: "access.title"
                heading: true
                Layout.fillWidth: true
                text: qsTr("Make it easier to see and reach")
                u: panel.u
                size: Theme.heading * 0.85
                font.bold: true
                wrapMode: Text.WordWrap
            }
            AccessToggle {
                objectName: "access.largeText"
                Layout.fillWidth: true
                u: panel.u
                text: qsTr("Large text")
                subtitle: qsTr("All the words one and a half times as big")
                on: panel.access.largeText
                onClicked: panel.access.setLargeText(!panel.access.largeText)
            }
            AccessToggle {
                objectName: "access.highContrast"
                Layout.fillWidth: true
                u: panel.u
                text: qsTr("High contrast")
                subtitle: qsTr("Black on white and yellow, with strong outlines")
                on: panel.access.highContrast
                onClicked: panel.access.setHighContrast(!panel.access.highContrast)
            }
            AccessToggle {
                objectName: "access.reach"
                Layout.fillWidth: true
                u: panel.u
                text: qsTr("Within reach")
                subtitle: panel.access.reachFit === "whole"
                          ? qsTr("This whole screen is already within reach, 380 to 1220 mm above the floor. Nothing needs to move.")
                          : panel.access.reachFit === "none"
                            ? qsTr("Too little of this screen is within reach where it is mounted. Please ask a member of staff to help.")
                            : qsTr("Every button moves down into the lower part of the screen, 380 to 1220 mm above the floor.")
                on: panel.access.reach
                onClicked: panel.access.setReach(!panel.access.reach)
            }
            KioskText {
                Layout.fillWidth: true
                text: qsTr("These go back to normal when you leave.")
                u: panel.u
                size: Theme.small
                color: Theme.inkSoft
                wrapMode: Text.WordWrap
            }
            KioskButton {
                objectName: "access.done"
                Layout.alignment: Qt.AlignHCenter
                u: panel.u
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Done")
                onClicked: panel.close()
            }
        }
    }
}
