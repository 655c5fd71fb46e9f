/**
 * The JavaFX window: layout and bindings only. {@link org.wganlab.ui.MainView} lays out the
 * controls, the plane and the charts and draws the latest published snapshot each frame;
 * {@code ControlBindings} hands every control's change to the
 * {@link org.wganlab.lab.LabController}, which holds the rules; {@code AppMenus}, {@code
 * ExportActions}, {@code MixtureEditor} and {@code Messages} are the menus, the exports, the
 * data editor on the plane and the window's words.
 */
package org.wganlab.ui;
