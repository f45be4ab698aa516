// kizuna: the desktop app. Opens the map given on the command line, else the last map, else the
// user's copy of the bundled US–China AI map. A file given while Kizuna already runs is handed to
// the running window instead.
#include "main/MainWindow.h"
#include "main/MapLocations.h"
#include "main/SingleInstance.h"
#include "main/Theme.h"
#include "main/UiLanguage.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char* argv[]) {
    qputenv("QT_HASH_SEED", "0"); // reproducible exports (see kizuna-cli)
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kizuna"));
    QApplication::setApplicationName(QStringLiteral("Kizuna"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kizuna"));

    kizuna::SingleInstance instance(kizuna::SingleInstance::defaultServerName());
    const QString argument = app.arguments().value(1);
    if (!argument.isEmpty() && instance.sendToRunning(QFileInfo(argument).absoluteFilePath()))
        return 0; // the running Kizuna opens it

    QSettings settings;
    // The app's own words in the language of Preferences (by default the system's).
    kizuna::installUiTranslators(
        app, kizuna::effectiveUiLanguage(kizuna::uiLanguageSetting(settings), QLocale::system()));
    kizuna::applyTheme(app, kizuna::themeSetting(settings));
    kizuna::MainWindow window(settings);
    window.show();
    instance.listen(); // later launches hand their files to this window
    QObject::connect(&instance, &kizuna::SingleInstance::openRequested, &window,
                     &kizuna::MainWindow::openFromOtherLaunch);

    auto path = kizuna::mapToOpenAtStart(argument, settings);
    if (!path)
        QMessageBox::warning(&window, QObject::tr("Cannot open the bundled map"), path.error());
    else
        window.openMapInteractively(path.value());
    return app.exec();
}
