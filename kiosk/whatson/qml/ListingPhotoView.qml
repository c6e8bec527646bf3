pragma ComponentBehavior: Bound
// Staff: choose a listing's photo — the pictures on a USB stick (and in the kiosk's inbox folder), newest
// first, or a file's path typed by hand. The photo is cleaned before it is kept: turned upright, location
// and camera details removed, made the right size.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "staff.listing.photo"
    required property var shell
    required property var models
    required property var root
    readonly property var editor: models.listingEditor.photos
    readonly property real u: root.u
    readonly property bool landscape: width > height
    readonly property real margin: (landscape ? 64 : 56) * u

    ColumnLayout {
        id: header
        x: view.margin
        y: 40 * view.u
        width: view.width - 2 * view.margin
        spacing: 20 * view.u
        RowLayout {
            Layout.fillWidth: true
            spacing: 24 * view.u
            KioskText {
                text: qsTr("Choose a photo")
                heading: true
                u: view.u
                size: Theme.heading
                font.bold: true
                Layout.fillWidth: true
            }
            KioskButton {
                objectName: "listing.photo.back"
                u: view.u
                implicitWidth: 240 * view.u
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Back")
                onClicked: view.editor.closePhotos()
            }
        }
        KioskText {
            text: qsTr("JPEG, PNG or WebP. Location and camera details are removed, and the photo is turned the right way up.")
            u: view.u
            size: Theme.small
            color: Theme.inkSoft
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        Rectangle {
            visible: view.editor.photoMessage !== ""
            Layout.fillWidth: true
            implicitHeight: photoMessage.implicitHeight + 32 * view.u
            radius: 18 * view.u
            color: view.editor.photoBusy ? Theme.blobB : Theme.noticeBg
            KioskText {
                id: photoMessage
                objectName: "listing.photo.message"
                anchors.fill: parent
                anchors.margins: 16 * view.u
                text: view.editor.photoMessage
                u: view.u
                font.bold: !view.editor.photoBusy
                color: view.editor.photoBusy ? Theme.ink : Theme.noticeInk
                wrapMode: Text.WordWrap
                verticalAlignment: Text.AlignVCenter
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
        KioskText {
            text: qsTr("Or type where the photo is:")
            u: view.u
            size: Theme.small
            font.bold: true
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 20 * view.u
            TextField {
                id: pathField
                objectName: "listing.photo.path"
                Layout.fillWidth: true
                Layout.preferredHeight: 96 * view.u
                placeholderText: qsTr("e.g. /media/usb/photos/lunch-club.jpg")
                placeholderTextColor: Theme.inkSoft
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body * view.u
                color: Theme.ink
                leftPadding: 24 * view.u
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("The photo's file path")
                onAccepted: view.editor.choosePhoto(text)
                background: Rectangle {
                    radius: 18 * view.u
                    color: Theme.surface
                    border.width: (pathField.activeFocus ? 5 : 3) * view.u
                    border.color: pathField.activeFocus ? Theme.focus : Theme.inkSoft
                }
            }
            KioskButton {
                objectName: "listing.photo.usePath"
                u: view.u
                implicitWidth: 280 * view.u
                enabled: !view.editor.photoBusy
                text: qsTr("Use this file")
                onClicked: view.editor.choosePhoto(pathField.text)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            KioskText {
                text: qsTr("Photos found")
                heading: true
                u: view.u
                font.bold: true
                Layout.fillWidth: true
            }
            KioskButton {
                objectName: "listing.photo.refresh"
                u: view.u
                implicitWidth: 280 * view.u
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Look again")
                onClicked: view.editor.refreshPhotos()
            }
        }
    }

    GridView {
        id: grid
        objectName: "listing.photo.files"
        anchors.top: header.bottom
        anchors.topMargin: 20 * view.u
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Math.max(24 * view.u, view.height - view.root.screenKeyboardTop)
        x: view.margin
        width: view.width - 2 * view.margin
        clip: true
        readonly property int columns: view.landscape ? 3 : 2
        cellWidth: width / columns
        cellHeight: 340 * view.u
        boundsBehavior: Flickable.StopAtBounds
        model: view.editor.photoFiles
        ScrollBar.vertical: ScrollBar { width: 16 * view.u }
        delegate: Item {
            id: cell
            required property string key
            required property string label
            required property string hint
            required property string url
            required property int index
            width: grid.cellWidth
            height: grid.cellHeight
            AbstractButton {
                id: tile
                objectName: "listing.photo.file." + cell.index
                anchors.fill: parent
                anchors.margins: 10 * view.u
                padding: 14 * view.u
                enabled: !view.editor.photoBusy
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Use %1 from %2").arg(cell.label).arg(cell.hint)
                onClicked: view.editor.choosePhoto(cell.key)
                background: Rectangle {
                    radius: 20 * view.u
                    color: Theme.surface
                    border.width: (Theme.highContrast ? 3 : 2) * view.u
                    border.color: Theme.inkSoft
                    scale: tile.down ? 0.97 : 1
                    FocusRing { u: view.u; corner: 20 * view.u; shown: tile.visualFocus }
                }
                contentItem: ColumnLayout {
                    spacing: 8 * view.u
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        radius: 14 * view.u
                        color: Theme.quiet
                        clip: true
                        Image {
                            anchors.fill: parent
                            visible: cell.url !== ""
                            source: cell.url
                            fillMode: Image.PreserveAspectCrop
                            sourceSize: Qt.size(width, height)
                            asynchronous: true
                            Accessible.ignored: true  // the tile's name says which photo
                        }
                    }
                    KioskText {
                        text: cell.label
                        u: view.u
                        size: Theme.small
                        font.bold: true
                        Layout.fillWidth: true
                        elide: Text.ElideMiddle
                        Accessible.ignored: true  // said by the tile (its accessible name)
                    }
                    KioskText {
                        text: cell.hint
                        u: view.u
                        size: Theme.small
                        color: Theme.inkSoft
                        Layout.fillWidth: true
                        elide: Text.ElideLeft
                        Accessible.ignored: true  // said by the tile (its accessible name)
                    }
                }
            }
        }
    }
}
