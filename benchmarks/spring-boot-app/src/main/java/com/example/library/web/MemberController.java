// SPDX-License-Identifier: Apache-2.0
package com.example.library.web;

import com.example.library.domain.Member;
import com.example.library.domain.MemberRepository;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class MemberController {

    private final MemberRepository members;

    MemberController(MemberRepository members) {
        this.members = members;
    }

    @GetMapping("/members/new")
    String form(Model model) {
        model.addAttribute("member", new Member());
        return "members/form";
    }

    @PostMapping("/members/new")
    String register(@Valid Member member, BindingResult result) {
        if (result.hasErrors()) {
            return "members/form";
        }
        members.save(member);
        return "redirect:/members/" + member.getId();
    }

    @GetMapping("/members/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("member", members.findById(id).orElseThrow());
        return "members/show";
    }
}
