// The base of a feature's layer over the home screen (ShellViewModel.add_home_overlay): the home screen gives
// it the scale `u`, the view models and the welcome text's `area`; while `covering` is true the welcome
// text fades out so the overlay shows in its place. The doors stay free.
import QtQuick

Item {
    property real u: 1
    property var models
    property rect area
    property bool covering: false
}
