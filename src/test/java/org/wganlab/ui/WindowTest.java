package org.wganlab.ui;

import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.config.RunSpec;
import org.wganlab.i18n.Words;
import org.wganlab.train.Presets;
import org.wganlab.train.Snapshot;

/** The window at a classroom projector's 1280x720, opened before each test and shut after it. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    protected MainView view;

    /** The setup the window opens with: the default preset, narrower so tests train fast. */
    protected RunSpec initialSpec() {
        return Presets.defaultSpec().withHidden(32);
    }

    /** The language the window opens in. */
    protected Words words() {
        return Words.english();
    }

    /** Run after the extension has registered the primary stage (TestFX finds @Start only on the test class itself). */
    @BeforeEach
    void open() throws Exception {
        FxToolkit.setupStage(stage -> {
            view = new MainView(stage, initialSpec(), words());
            Scene scene = new Scene(view.root(), 1280, 720);
            view.install(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() {
        view.shutdown();
    }

    protected Snapshot snap() {
        return view.lab().state().snapshot();
    }
}
