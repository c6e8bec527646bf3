pragma ComponentBehavior: Bound
// Staff: a listing exactly as a visitor sees it — the visitors' own detail screen, fed with the listing
// being edited — under a strip that says this is a preview, with the way back.
import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "staff.listing.preview"
    required property var shell
    required property var models
    required property var root
    readonly property var preview: models.listingPreview
    readonly property real u: root.u

    // The view models the detail screen is given: the same, with `whatson` the preview's.
    function previewModels() {
        const out = {}
        for (const name in view.models)
            out[name] = view.models[name]
        out["whatson"] = view.preview
        return out
    }

    Rectangle {
        id: bar
        z: 1
        width: parent.width
        height: barRow.implicitHeight + 32 * view.u
        color: Theme.blobB
        RowLayout {
            id: barRow
            x: 56 * view.u
            y: 16 * view.u
            width: parent.width - 112 * view.u
            spacing: 24 * view.u
            KioskText {
                objectName: "preview.note"
                text: qsTr("Preview — this is how visitors will see it.")
                u: view.u
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            KioskButton {
                objectName: "preview.back"
                u: view.u
                implicitWidth: 340 * view.u
                text: view.preview.fromEditor ? qsTr("Back to editing") : qsTr("Back to the list")
                onClicked: view.preview.backToList()
            }
        }
    }
    Loader {
        id: detail
        objectName: "preview.detail"
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        width: parent.width
        Component.onCompleted: setSource(Qt.resolvedUrl("ListingDetailView.qml"),
                                         { "shell": view.shell, "models": view.previewModels(), "root": view.root })
    }
}
