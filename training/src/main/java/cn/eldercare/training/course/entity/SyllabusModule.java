package cn.eldercare.training.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One module of a course's syllabus, with its share of the hours. A class: EclipseLink 4 embeds no records. */
@Embeddable
public class SyllabusModule {

    @Column(name = "position")
    private int position;
    @Column(name = "title")
    private String title;
    @Column(name = "hours")
    private int hours;

    protected SyllabusModule() {
    }

    public SyllabusModule(int position, String title, int hours) {
        this.position = position;
        this.title = title;
        this.hours = hours;
    }

    public int position() { return position; }
    public String title() { return title; }
    public int hours() { return hours; }
}
