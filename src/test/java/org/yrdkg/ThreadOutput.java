package org.yrdkg;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/**
 * Runs a command-line tool in-process with what this thread prints captured: System.out is replaced for the run,
 * but only the calling thread's output goes to the buffer, so what a test class in the other lane prints meanwhile
 * (its own lines, log lines) reaches the console instead of the command's output. Callers still take the
 * {@code SYSTEM_OUT} lock: they replace the JVM's System.out.
 */
public final class ThreadOutput {

    /** A command's exit code and what it printed. */
    public record Run(int exit, String out) {
    }

    private ThreadOutput() {
    }

    public static Run capture(IntSupplier command) {
        PrintStream console = System.out;
        Thread owner = Thread.currentThread();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        OutputStream byThread = new OutputStream() {
            @Override
            public void write(int b) {
                if (Thread.currentThread() == owner) captured.write(b); else console.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (Thread.currentThread() == owner) captured.write(b, off, len); else console.write(b, off, len);
            }

            @Override
            public void flush() {
                console.flush();
            }
        };
        System.setOut(new PrintStream(byThread, true, StandardCharsets.UTF_8));
        try {
            int exit = command.getAsInt();
            System.out.flush();
            return new Run(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
        }
    }
}
